<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>F2  New activity</source>
        <translation>F2  Nuova attività</translation>
    </message>
    <message>
        <source>Marked days: an activity starts or a course meets. Arrows move, Page Up/Down change month, Enter goes to the list.</source>
        <translation>Giorni evidenziati: inizia un&apos;attività o si tiene un incontro. Le frecce spostano il giorno, Pag↑/Pag↓ cambiano mese, Invio passa all&apos;elenco.</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>attivita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Assunti</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>{count} enrolled</source>
        <translation>{count} iscritti</translation>
    </message>
    <message>
        <source>{count} counted</source>
        <translation>{count} contati</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <source>e.g. 35</source>
        <translation>es. 35</translation>
    </message>
    <message>
        <source>Head &amp;count:</source>
        <translation>&amp;Conteggio partecipanti:</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Salva conteggio</translation>
    </message>
    <message>
        <source>F4  Enrol a person…</source>
        <translation>F4  Iscrivi una persona…</translation>
    </message>
    <message>
        <source>F5  Add a session…</source>
        <translation>F5  Aggiungi un incontro…</translation>
    </message>
    <message>
        <source>Del  Remove session</source>
        <translation>Canc  Elimina incontro</translation>
    </message>
    <message>
        <source>Space ticks the chosen cell: hired, or present at a session</source>
        <translation>La barra spaziatrice spunta la casella scelta: assunto, o presente all&apos;incontro</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>Nobody enrolled yet: F4 enrols a person by name; where people are not named, type the head count.</source>
        <translation>Nessun iscritto: F4 iscrive una persona per nome; quando le persone non sono nominate, scrivi il conteggio dei partecipanti.</translation>
    </message>
    <message>
        <source>Choose an activity in the list</source>
        <translation>Scegli un&apos;attività nell&apos;elenco</translation>
    </message>
    <message>
        <source>or add one with F2.</source>
        <translation>o aggiungine una con F2.</translation>
    </message>
    <message>
        <source>Choose a session&apos;s column in the grid first (arrow keys), then remove it.</source>
        <translation>Scegli prima nella griglia la colonna dell&apos;incontro (con le frecce), poi eliminalo.</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Elimina incontro</translation>
    </message>
    <message>
        <source>Remove the session of {day}?</source>
        <translation>Eliminare l&apos;incontro del {day}?</translation>
    </message>
    <message>
        <source>Attendances marked: {count}, removed with it. Only for a session recorded by mistake.</source>
        <translation>Presenze segnate: {count}, eliminate insieme all&apos;incontro. Solo per un incontro registrato per errore.</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Elimina incontro</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>e.g. Household budget course, spring</source>
        <translation>es. Corso sul bilancio familiare, primavera</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>finisce il</translation>
    </message>
    <message>
        <source>when people are not named, e.g. 35</source>
        <translation>quando le persone non sono nominate, es. 35</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itolo:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Ini&amp;zia il:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Partecipanti:</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Enrolled</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>{attended} of {sessions}</source>
        <translation>{attended} su {sessions}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in “{title}”</source>
        <translation>Iscrivi a «{title}»</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Choose the person first: type a few letters of their name and pick them from the list.</source>
        <translation>Scegli prima la persona: scrivi qualche lettera del nome e sceglila dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add a session</source>
        <translation>Aggiungi un incontro</translation>
    </message>
    <message>
        <source>Session &amp;day:</source>
        <translation>&amp;Giorno dell&apos;incontro:</translation>
    </message>
</context>
</TS>
