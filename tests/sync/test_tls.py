"""``op-sync serve --certfile --keyfile`` speaks TLS 1.2+ only, and desks can trust it (issue 7).

A real ``op-sync serve`` subprocess on 127.0.0.1 with a self-signed certificate made here.
"""

import datetime
import ipaddress
import socket
import ssl
import subprocess
import sys
import time
import warnings

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.cli import main as op_sync
from sync.client.connection import OfficeConnection
from sync.client.errors import CredentialRefused, ServerUnreachable, SyncError
from sync.client.trust import CAFILE_VARIABLE
from sync.server.tls import server_tls_context


def _self_signed(folder, common_name="127.0.0.1"):
    """A PEM certificate for 127.0.0.1 (its own CA) and its unencrypted key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    certfile, keyfile = folder / f"{common_name}.crt", folder / f"{common_name}.key"
    certfile.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return certfile, keyfile


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def tls_office(tmp_path_factory):
    """(https URL, port, CA file) of a real ``op-sync serve`` over TLS."""
    folder = tmp_path_factory.mktemp("tls-office")
    certfile, keyfile = _self_signed(folder)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "sync.cli", "--db", f"sqlite:///{folder / 'office.sqlite3'}",
         "serve", "--port", str(port), "--certfile", str(certfile), "--keyfile", str(keyfile)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        trusting = ssl.create_default_context(cafile=str(certfile))
        deadline, answer = time.monotonic() + 30, None
        while answer is None:
            try:
                answer = httpx.get(f"https://127.0.0.1:{port}/v1/health", verify=trusting)
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "op-sync serve did not answer over TLS"
                time.sleep(0.1)
        yield f"https://127.0.0.1:{port}", port, certfile
    finally:
        server.terminate()
        server.wait(10)


def test_a_tls12_client_trusting_the_certificate_reaches_health(tls_office):
    url, _, certfile = tls_office
    context = ssl.create_default_context(cafile=str(certfile))
    context.minimum_version = context.maximum_version = ssl.TLSVersion.TLSv1_2
    answer = httpx.get(f"{url}/v1/health", verify=context)
    assert answer.json()["status"] == "ok"


def test_plain_http_on_the_tls_port_gets_no_answer(tls_office):
    _, port, _ = tls_office
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=5)


def _handshake_up_to(port: int, newest: ssl.TLSVersion) -> str:
    """The TLS version agreed by a client offering TLS 1.0 up to ``newest``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # TLSv1/TLSv1_1 are deprecated
        client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        client.check_hostname, client.verify_mode = False, ssl.CERT_NONE
        client.minimum_version, client.maximum_version = ssl.TLSVersion.TLSv1, newest
    client.set_ciphers("DEFAULT:@SECLEVEL=0")  # let this OpenSSL offer TLS 1.0/1.1 at all
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw, \
            client.wrap_socket(raw) as tls:
        return tls.version()


def test_a_client_limited_to_tls11_is_refused_by_the_server(tls_office):
    _, port, _ = tls_office
    assert _handshake_up_to(port, ssl.TLSVersion.TLSv1_2) == "TLSv1.2"  # same client, 1.2 ok
    with pytest.raises(ssl.SSLError) as refused:
        _handshake_up_to(port, ssl.TLSVersion.TLSv1_1)
    if refused.value.reason == "NO_PROTOCOLS_AVAILABLE":  # this OpenSSL cannot speak TLS 1.1
        assert _context_of(tls_office).minimum_version == ssl.TLSVersion.TLSv1_2
    else:  # the server's alert, or asyncio closing before the alert is flushed
        assert refused.value.reason in {"TLSV1_ALERT_PROTOCOL_VERSION",
                                        "UNEXPECTED_EOF_WHILE_READING"}


def _context_of(tls_office):
    _, _, certfile = tls_office
    return server_tls_context(str(certfile), str(certfile.with_suffix(".key")))


def test_the_server_context_requires_tls12(tls_office):
    context = _context_of(tls_office)
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2
    assert context.maximum_version == ssl.TLSVersion.MAXIMUM_SUPPORTED


def test_the_desk_client_trusts_the_office_through_its_ca_file(tls_office, monkeypatch):
    url, _, certfile = tls_office
    monkeypatch.setenv(CAFILE_VARIABLE, str(certfile))
    with OfficeConnection(url, attempts=1) as office, pytest.raises(CredentialRefused):
        office.changes(0, 10)  # the office's typed refusal: TLS and HTTP both worked


def test_the_desk_client_refuses_an_office_it_does_not_trust(tls_office, monkeypatch):
    url, _, _ = tls_office
    monkeypatch.delenv(CAFILE_VARIABLE, raising=False)
    with OfficeConnection(url, attempts=1) as office, pytest.raises(ServerUnreachable) as error:
        office.changes(0, 10)
    assert "CERTIFICATE_VERIFY_FAILED" in error.value.details


def test_a_missing_ca_file_is_one_sentence(tmp_path, monkeypatch):
    monkeypatch.setenv(CAFILE_VARIABLE, str(tmp_path / "nowhere.pem"))
    with pytest.raises(SyncError, match=CAFILE_VARIABLE):
        OfficeConnection("https://office.example")
    OfficeConnection("http://127.0.0.1:1").close()  # plain http never reads it


def _serve(tmp_path, capsys, *tls_arguments):
    status = op_sync(["--db", f"sqlite:///{tmp_path / 'office.sqlite3'}", "serve",
                      "--port", str(_free_port()), *map(str, tls_arguments)])
    return status, capsys.readouterr().err


def test_serve_refuses_a_certificate_without_its_key(tmp_path, capsys):
    certfile, _ = _self_signed(tmp_path)
    status, said = _serve(tmp_path, capsys, "--certfile", certfile)
    assert status == 2
    assert "Give both --certfile and --keyfile" in said
    assert not (tmp_path / "office.sqlite3").exists()  # refused before the store was opened


def test_serve_names_a_missing_key_file(tmp_path, capsys):
    certfile, _ = _self_signed(tmp_path)
    status, said = _serve(tmp_path, capsys, "--certfile", certfile,
                          "--keyfile", tmp_path / "missing.key")
    assert status == 2
    assert "missing.key: the private key file does not exist" in said
    assert "cannot be read" in said.splitlines()[-1]


def test_serve_refuses_a_key_of_another_certificate(tmp_path, capsys):
    certfile, _ = _self_signed(tmp_path)
    _, other_key = _self_signed(tmp_path, "other")
    status, said = _serve(tmp_path, capsys, "--certfile", certfile, "--keyfile", other_key)
    assert status == 2
    assert "cannot be used together" in said
    assert "Traceback" not in said


def test_serve_refuses_a_passphrase_protected_key_without_prompting(tmp_path, capsys):
    certfile, keyfile = _self_signed(tmp_path)
    key = serialization.load_pem_private_key(keyfile.read_bytes(), password=None)
    keyfile.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret")))
    status, said = _serve(tmp_path, capsys, "--certfile", certfile, "--keyfile", keyfile)
    assert status == 2
    assert "protected by a passphrase" in said
