"""The merge rule on its own: idempotent, order-independent, never losing a concurrent edit."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.clock import format_stamp
from sync.merge import FOLLOWS, SAME, Loser, conflict_id, decide, editing_site

A1 = format_stamp(1_000, 0, "rho.aaaaaa")
B2 = format_stamp(2_000, 0, "lainate.bbbbbb")
C2 = format_stamp(2_000, 0, "rho.aaaaaa")


def test_a_new_row_is_stored_and_a_known_version_is_a_no_op():
    assert decide(None, A1, None) == FOLLOWS
    assert decide(A1, A1, None) == SAME


def test_an_edit_of_the_version_held_fast_forwards():
    assert decide(A1, B2, A1) == FOLLOWS


def test_concurrent_edits_pick_the_greater_stamp_and_name_the_loser():
    assert decide(B2, C2, A1).loser is Loser.STORED and decide(B2, C2, A1).write
    assert decide(C2, B2, A1).loser is Loser.INCOMING and not decide(C2, B2, A1).write


def test_conflict_ids_are_stable_and_the_losing_site_is_read_from_the_stamp():
    assert conflict_id("people", "x", A1) == conflict_id("people", "x", A1)
    assert conflict_id("people", "x", A1) != conflict_id("people", "x", B2)
    assert editing_site(B2, "rho") == "lainate"
    assert editing_site(format_stamp(1, 0, "office"), "rho") == "rho"


# -- property: any delivery order, any repetition, the same final state ----------------------

_edits = st.lists(st.tuples(st.integers(0, 2),            # row
                            st.sampled_from(["lainate.1", "rho.2", "settimo.3"]),  # node
                            st.integers(1, 50),           # wall millis
                            st.integers(0, 3),            # counter
                            st.integers(-1, 10)),         # base: -1 none, else an earlier one
                  min_size=1, max_size=12)


def _versions(edits):
    """Messages (row, hlc, base, value): each bases itself on an earlier version of its row."""
    messages, seen = [], {}
    for row, node, millis, counter, base_pick in edits:
        hlc = format_stamp(millis, counter, node)
        earlier = seen.setdefault(row, [])
        if hlc in earlier:
            continue  # a stamp names one version of a row
        base = earlier[base_pick % len(earlier)] if earlier and base_pick >= 0 else None
        earlier.append(hlc)
        messages.append((row, hlc, base, f"value@{hlc}"))
    return messages


def _replay(messages):
    rows, losers = {}, set()
    for row, hlc, base, value in messages:
        stored = rows.get(row)
        decision = decide(stored[0] if stored else None, hlc, base)
        if decision.loser is Loser.STORED:
            losers.add((row, stored[0]))
        elif decision.loser is Loser.INCOMING:
            losers.add((row, hlc))
        if decision.write:
            rows[row] = (hlc, value)
    return rows, losers


@settings(max_examples=300, deadline=None)
@given(_edits, st.randoms(use_true_random=False), st.lists(st.integers(0, 20), max_size=8))
def test_any_order_and_any_repetition_converge_to_the_newest_version(edits, random, repeats):
    messages = _versions(edits)
    shuffled = list(messages)
    random.shuffle(shuffled)
    shuffled += [shuffled[i % len(shuffled)] for i in repeats]  # redeliveries
    in_order, _ = _replay(messages)
    any_order, losers = _replay(shuffled)
    assert any_order == in_order
    for row, hlc, _base, _value in messages:  # the winner is the greatest stamp of each row
        assert any_order[row][0] >= hlc
        assert (row, any_order[row][0]) not in losers
    twice, _ = _replay(shuffled + shuffled)
    assert twice == any_order
