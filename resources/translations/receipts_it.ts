<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Preparazione della ricevuta…</translation>
    </message>
    <message>
        <source>Intake receipt</source>
        <translation>Ricevuta di accesso</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Foglio A4</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>Foglio A5</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>Rotolo per scontrini da 80 mm</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Anteprima della ricevuta</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>&amp;Stampa (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>C&amp;hoose printer…</source>
        <translation>Scegli s&amp;tampante…</translation>
    </message>
    <message>
        <source>&amp;Save PDF… (Ctrl+S)</source>
        <translation>Salva &amp;PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Receipt {number}: printing it again gives a duplicate.</source>
        <translation>Ricevuta {number}: se la stampi di nuovo esce una copia.</translation>
    </message>
    <message>
        <source>Receipt {number}, ready to print.</source>
        <translation>Ricevuta {number}, pronta da stampare.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparazione dell'anteprima…</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Ricevuta {number}</translation>
    </message>
    <message>
        <source>Printing receipt {number}…</source>
        <translation>Stampa della ricevuta {number}…</translation>
    </message>
    <message>
        <source>Receipt {number} sent to the printer.</source>
        <translation>Ricevuta {number} inviata alla stampante.</translation>
    </message>
    <message>
        <source>Saving receipt {number}…</source>
        <translation>Salvataggio della ricevuta {number}…</translation>
    </message>
    <message>
        <source>Receipt {number} saved in {path}.</source>
        <translation>Ricevuta {number} salvata in {path}.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Salva la ricevuta in PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The printer did not take the receipt: check that it is on, connected and has paper, then press Print again.</source>
        <translation>La stampante non ha accettato la ricevuta: controlla che sia accesa, collegata e con la carta, poi premi di nuovo Stampa.</translation>
    </message>
</context>
</TS>
