<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>CloseRequestDialog</name>
    <message>
        <source>Close the request</source>
        <translation>Chiudi la richiesta</translation>
    </message>
    <message>
        <source>In a few words: what was done, or why not</source>
        <translation>In poche parole: cosa si è fatto, o perché no</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Richiesta:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Chiusa il:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>OpenRequestDialog</name>
    <message>
        <source>Open a request</source>
        <translation>Apri una richiesta</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Aperta il:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Choose the person first: type a few letters of their name and pick them from the list.</source>
        <translation>Scegli prima la persona: scrivi qualche lettera del nome e sceglila dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <source>F2  Open a request</source>
        <translation>F2  Apri una richiesta</translation>
    </message>
    <message>
        <source>Close the request (Ctrl+K)</source>
        <translation>Chiudi la richiesta (Ctrl+K)</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Da quanto</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Chiusa il</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>tutti i tipi</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>tutti gli stati</translation>
    </message>
    <message>
        <source>Opened in the &amp;period:</source>
        <translation>Aperte nel &amp;periodo:</translation>
    </message>
    <message>
        <source>opened today</source>
        <translation>aperta oggi</translation>
    </message>
    <message numerus="yes">
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>aperta da %n giorno</numerusform>
            <numerusform>aperta da %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>closed the same day</source>
        <translation>chiusa in giornata</translation>
    </message>
    <message numerus="yes">
        <source>closed after %n day(s)</source>
        <translation>
            <numerusform>chiusa dopo %n giorno</numerusform>
            <numerusform>chiusa dopo %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>In the period: {family_pct}% of the {family} family requests satisfied · {housing_pct}% of the {housing} housing requests satisfied</source>
        <translation>Nel periodo: soddisfatte il {family_pct}% delle {family} richieste per la famiglia · il {housing_pct}% delle {housing} richieste per la casa</translation>
    </message>
    <message>
        <source>This request is already closed ({state}, on {day}): it cannot be closed again.</source>
        <translation>Questa richiesta è già chiusa ({state}, il {day}): non si può chiudere di nuovo.</translation>
    </message>
</context>
</TS>
