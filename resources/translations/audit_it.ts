<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AuditLog</name>
    <message>
        <source>Data export (art. 15)</source>
        <translation>Esportazione dati (art. 15)</translation>
    </message>
    <message>
        <source>Erasure (art. 17)</source>
        <translation>Cancellazione (art. 17)</translation>
    </message>
    <message>
        <source>Reading of confidential notes</source>
        <translation>Lettura note riservate</translation>
    </message>
    <message>
        <source>Merge of two records</source>
        <translation>Unione di due schede</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Unione annullata</translation>
    </message>
    <message>
        <source>Audit log export (CSV)</source>
        <translation>Esportazione del registro delle operazioni (CSV)</translation>
    </message>
    <message>
        <source>Register export (CSV files)</source>
        <translation>Esportazione del registro (file CSV)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulenza</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unione di schede</translation>
    </message>
    <message>
        <source>Whole register</source>
        <translation>Intero registro</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro delle operazioni</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>righe</translation>
    </message>
    <message>
        <source>record kept</source>
        <translation>scheda tenuta</translation>
    </message>
    <message>
        <source>record merged into it</source>
        <translation>scheda unita</translation>
    </message>
    <message>
        <source>Audit lo&amp;g…</source>
        <translation>&amp;Registro delle operazioni…</translation>
    </message>
    <message>
        <source>District office</source>
        <translation>Ufficio di Piano</translation>
    </message>
    <message>
        <source>Desk administrator (command line)</source>
        <translation>Amministratore dello sportello (riga di comando)</translation>
    </message>
    <message>
        <source>An account of another desk</source>
        <translation>Un account di un altro sportello</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>{kind} (erased)</source>
        <translation>{kind} (dati cancellati)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>On what</source>
        <translation>Su che cosa</translation>
    </message>
    <message>
        <source>Reason or details</source>
        <translation>Motivo o dettagli</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro delle operazioni</translation>
    </message>
    <message>
        <source>Exports, erasures, merges and reads of confidential notes, newest first.</source>
        <translation>Esportazioni, cancellazioni, unioni di schede e letture di note riservate, dalle più recenti.</translation>
    </message>
    <message>
        <source>A name, an action, a day (dd/mm/yyyy)…</source>
        <translation>Un nome, un&apos;operazione, un giorno (gg/mm/aaaa)…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtra:</translation>
    </message>
    <message>
        <source>&amp;Export CSV… (Ctrl+E)</source>
        <translation>&amp;Esporta CSV… (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} row(s)</source>
        <translation>
            <numerusform>%n riga su {total}</numerusform>
            <numerusform>%n righe su {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>registro-operazioni</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Esporta il registro delle operazioni</translation>
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
</TS>
