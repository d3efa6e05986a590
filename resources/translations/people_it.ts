<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ConsentsSection</name>
    <message>
        <source>&amp;Visits to the desk</source>
        <translation>&amp;Accessi allo sportello</translation>
    </message>
    <message>
        <source>&amp;Being contacted again</source>
        <translation>&amp;Ricontatto</translation>
    </message>
    <message>
        <source>&amp;Group activities</source>
        <translation>Attività di &amp;gruppo</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiche</translation>
    </message>
    <message>
        <source>The day the person signed or took their consent back; change it when copying paper forms.</source>
        <translation>Il giorno in cui la persona ha firmato o ha revocato il consenso; cambiala quando ricopi i moduli cartacei.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Privacy notice in force: {version}</source>
        <translation>Informativa in vigore: {version}</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Revoca…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registra il consenso</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Non raccolto</translation>
    </message>
    <message>
        <source>Given on {date}, privacy notice {version}</source>
        <translation>Dato il {date}, informativa {version}</translation>
    </message>
    <message>
        <source>Withdrawn on {date} (given on {given_on}, privacy notice {version})</source>
        <translation>Revocato il {date} (dato il {given_on}, informativa {version})</translation>
    </message>
    <message>
        <source>the withdrawal date comes before the consent was given ({date})</source>
        <translation>la data della revoca è precedente a quella del consenso ({date})</translation>
    </message>
    <message>
        <source>Consent recorded: {purpose}.</source>
        <translation>Consenso registrato: {purpose}.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Revoca del consenso</translation>
    </message>
    <message>
        <source>Record that {name} withdrew their consent to “{purpose}” on {date}?</source>
        <translation>Registrare che {name} ha revocato il consenso a “{purpose}” il {date}?</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>The withdrawal is recorded with its date: what the person agreed to before stays in their history, nothing is erased.</source>
        <translation>La revoca viene registrata con la sua data: ciò a cui la persona aveva acconsentito resta nella sua storia, non si cancella nulla.</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Revoca il consenso</translation>
    </message>
    <message>
        <source>Consent withdrawn: {purpose}.</source>
        <translation>Consenso revocato: {purpose}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>Unisci un doppione</translation>
    </message>
    <message>
        <source>Find the other record of &lt;b&gt;{name}&lt;/b&gt;. Its accesses, consultations, requests, stays and activities move to {name}; the merge can be undone.</source>
        <translation>Cerca l&apos;altra scheda di &lt;b&gt;{name}&lt;/b&gt;. I suoi accessi, consulenze, richieste, ospitalità e attività passano a {name}; l&apos;unione si può annullare.</translation>
    </message>
    <message>
        <source>Surname and name, codice fiscale or phone</source>
        <translation>Cognome e nome, codice fiscale o telefono</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Unisci a {name}</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Filter: surname and name, codice fiscale or phone</source>
        <translation>Filtra: cognome e nome, codice fiscale o telefono</translation>
    </message>
    <message>
        <source>F2  New person</source>
        <translation>F2  Nuova persona</translation>
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
        <source>Born</source>
        <translation>Nascita</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Accesses</source>
        <translation>Accessi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consulenze</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Ricontatto il</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Chiusa il</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Ospitalità</translation>
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
        <source>Home</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Ospiti</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Modifica (Ctrl+E)</translation>
    </message>
    <message>
        <source>Merge a duplicate… (Ctrl+M)</source>
        <translation>Unisci un doppione… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Export their data… (Ctrl+S)</source>
        <translation>Esporta i suoi dati… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Everything about this person in one file (art. 15 GDPR); operators and coordinators only</source>
        <translation>Tutto su questa persona in un file (art. 15 GDPR); solo operatori e coordinatori</translation>
    </message>
    <message>
        <source>New consultation (Ctrl+K)</source>
        <translation>Nuova consulenza (Ctrl+K)</translation>
    </message>
    <message>
        <source>Open a request (Ctrl+R)</source>
        <translation>Apri una richiesta (Ctrl+R)</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Annulla l&apos;unione</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Choose a person from the list</source>
        <translation>Scegli una persona dall&apos;elenco</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femmina</translation>
    </message>
    <message>
        <source>male</source>
        <translation>maschio</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nato/a il {date}</translation>
    </message>
    <message>
        <source>Consent given on {date} (privacy notice {version})</source>
        <translation>Consenso dato il {date} (informativa {version})</translation>
    </message>
    <message>
        <source>Consent not recorded</source>
        <translation>Consenso non registrato</translation>
    </message>
    <message>
        <source>{who} saved.</source>
        <translation>{who} salvato/a.</translation>
    </message>
    <message>
        <source>{name} was merged into this record.</source>
        <translation>{name} è stata unita a questa scheda.</translation>
    </message>
    <message>
        <source>The merge was undone: the two records are separate again.</source>
        <translation>Unione annullata: le due schede sono di nuovo separate.</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Esporta i dati della persona</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>All the data of this person is in {path}.</source>
        <translation>Tutti i dati della persona sono in {path}.</translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femmina</translation>
    </message>
    <message>
        <source>male</source>
        <translation>maschio</translation>
    </message>
    <message>
        <source>Has read the privacy notice (version {version}) and agrees to the processing of their data</source>
        <translation>Ha letto l&apos;informativa privacy (versione {version}) e acconsente al trattamento dei dati</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>C&amp;ognome</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Codice fiscale</source>
        <translation>&amp;Codice fiscale</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;sso</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Yes, it is this person</source>
        <translation>Sì, è questa persona</translation>
    </message>
    <message>
        <source>No, save a new person</source>
        <translation>No, salva una nuova persona</translation>
    </message>
    <message>
        <source>&lt;b&gt;Is this the person?&lt;/b&gt; Someone very similar is already in the register:</source>
        <translation>&lt;b&gt;È questa persona?&lt;/b&gt; Nel registro c&apos;è già qualcuno molto simile:</translation>
    </message>
    <message>
        <source>valid codice fiscale</source>
        <translation>codice fiscale valido</translation>
    </message>
    <message>
        <source>The birth date is not a date: write it as 12/11/1980.</source>
        <translation>La data di nascita non è una data: scrivila come 12/11/1980.</translation>
    </message>
</context>
</TS>
