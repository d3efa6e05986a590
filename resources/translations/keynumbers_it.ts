<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Records behind the number</source>
        <translation>I record dietro il numero</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;, {start} – {end}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;, {start} – {end}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo di record</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n record</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the records</source>
        <translation>Esporta i record</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Scritto in {path}.</translation>
    </message>
</context>
<context>
    <name>GroupCard</name>
    <message>
        <source>Enter or double click: the records behind the number</source>
        <translation>Invio o doppio clic: i record dietro il numero</translation>
    </message>
</context>
<context>
    <name>KeyNumbersScreen</name>
    <message>
        <source>Key numbers of {name}</source>
        <translation>Numeri chiave: {name}</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Export PDF… (Ctrl+P)</source>
        <translation>Esporta PDF… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Esporta CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <source>From {start} to {end}, both days included · counted at {time} · the same figures as &quot;op-desk report&quot; · Enter or double click on a number: the records behind it</source>
        <translation>Dal {start} al {end}, estremi compresi · contati alle {time} · gli stessi numeri di &quot;op-desk report&quot; · Invio o doppio clic su un numero: i record dietro di esso</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the key numbers</source>
        <translation>Esporta i numeri chiave</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Scritto in {path}.</translation>
    </message>
</context>
</TS>
