<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>FormDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>On {0} the home would host {1} people but has only {2} places: choose other dates or another home.</source>
        <translation>Il {0} l&apos;alloggio ospiterebbe {1} persone ma ha solo {2} posti: scegli altre date o un altro alloggio.</translation>
    </message>
    <message>
        <source>The home is available only from {0}: choose a later start.</source>
        <translation>L&apos;alloggio è disponibile solo dal {0}: scegli un inizio più tardi.</translation>
    </message>
    <message>
        <source>The home is available only until {0}: give the stay an end on or before that day.</source>
        <translation>L&apos;alloggio è disponibile solo fino al {0}: indica una fine dell&apos;ospitalità entro quel giorno.</translation>
    </message>
    <message>
        <source>The guests are a whole number, at least 1 (the person included).</source>
        <translation>Gli ospiti sono un numero intero, almeno 1 (persona compresa).</translation>
    </message>
    <message>
        <source>The day the guests leave must come after the first day of the stay: check the dates.</source>
        <translation>Il giorno in cui gli ospiti lasciano l&apos;alloggio deve venire dopo il primo giorno: controlla le date.</translation>
    </message>
    <message>
        <source>The number of participants must be a whole number, not “{0}”.</source>
        <translation>Il numero dei partecipanti deve essere un numero intero, non «{0}».</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Il numero dei partecipanti non può essere negativo.</translation>
    </message>
    <message>
        <source>A session must fall within the activity&apos;s dates: choose another day.</source>
        <translation>Un incontro deve cadere entro le date dell&apos;attività: scegli un altro giorno.</translation>
    </message>
    <message>
        <source>This person is not enrolled in the activity: enrol them first.</source>
        <translation>Questa persona non è iscritta all&apos;attività: iscrivila prima.</translation>
    </message>
</context>
</TS>
