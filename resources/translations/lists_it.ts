<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ListPanel</name>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Esporta CSV… (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Esporta l&apos;elenco</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {path}.</source>
        <translation>
            <numerusform>%n riga scritta in {path}.</numerusform>
            <numerusform>%n righe scritte in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;anno scorso</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Giorni scelti</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Surname and name, codice fiscale or phone</source>
        <translation>Cognome e nome, codice fiscale o telefono</translation>
    </message>
</context>
</TS>
