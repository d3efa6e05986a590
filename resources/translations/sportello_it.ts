<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>SportelloScreen</name>
    <message>
        <source>Surname and name, codice fiscale or phone</source>
        <translation>Cognome e nome, codice fiscale o telefono</translation>
    </message>
    <message>
        <source>Find &amp;person:</source>
        <translation>Cerca &amp;persona:</translation>
    </message>
    <message>
        <source>F2  New person</source>
        <translation>F2  Nuova persona</translation>
    </message>
    <message>
        <source>F3  Anonymous access</source>
        <translation>F3  Accesso anonimo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>Enter or ↓: choose the person · then {keys}: themes (Alt+key while typing) · Enter: register the access · Ctrl+P: print the receipt</source>
        <translation>Invio o ↓: scegli la persona · poi {keys}: temi (Alt+tasto mentre scrivi) · Invio: registra l&apos;accesso · Ctrl+P: stampa la ricevuta</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation>accesso anonimo</translation>
    </message>
    <message>
        <source>Access registered: {who}{themes}. Ctrl+P prints the receipt.</source>
        <translation>Accesso registrato: {who}{themes}. Ctrl+P stampa la ricevuta.</translation>
    </message>
    <message>
        <source>{who} saved: choose the themes and press Enter to register the access.</source>
        <translation>{who} salvato/a: scegli i temi e premi Invio per registrare l&apos;accesso.</translation>
    </message>
</context>
<context>
    <name>ThemeBar</name>
    <message>
        <source>Themes:</source>
        <translation>Temi:</translation>
    </message>
    <message>
        <source>Key {key} (Alt+{key} while typing a name)</source>
        <translation>Tasto {key} (Alt+{key} mentre scrivi un nome)</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Consultation… (Ctrl+K)</source>
        <translation>Consulenza… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Record an individual consultation from the chosen access (else the newest)</source>
        <translation>Registra una consulenza individuale dall&apos;accesso scelto (altrimenti dal più recente)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Ristampa</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Today ({count})</source>
        <translation>Oggi ({count})</translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation>accesso anonimo</translation>
    </message>
</context>
</TS>
