<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts of this desk</source>
        <translation>Account di questo sportello</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Può entrare</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Reset password or PIN…</source>
        <translation>&amp;Reimposta password o PIN…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Cambia r&amp;uolo…</translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation>R&amp;iattiva</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Reset password or PIN</source>
        <translation>Reimposta password o PIN</translation>
    </message>
    <message>
        <source>New password or PIN for {name}:</source>
        <translation>Nuova password o PIN per {name}:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <source>Role for {name}:</source>
        <translation>Ruolo di {name}:</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflitti da rivedere</translation>
    </message>
    <message>
        <source>Two desks changed the same record before syncing. The version shown now won by time; choose which one to keep.</source>
        <translation>Due sportelli hanno modificato lo stesso dato prima di sincronizzarsi. La versione mostrata ora ha vinto perché più recente; scegli quale tenere.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trovato</translation>
    </message>
    <message>
        <source>What the other version says</source>
        <translation>Cosa dice l&apos;altra versione</translation>
    </message>
    <message>
        <source>No conflicts: every desk agrees.</source>
        <translation>Nessun conflitto: tutti gli sportelli sono d&apos;accordo.</translation>
    </message>
    <message>
        <source>Keep &amp;this version</source>
        <translation>Tieni &amp;questa versione</translation>
    </message>
    <message>
        <source>Keep the &amp;other version</source>
        <translation>Tieni l&apos;&amp;altra versione</translation>
    </message>
    <message>
        <source>the same values</source>
        <translation>gli stessi valori</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulenza</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ospitalità</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Partecipazione</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>The first coordinator</source>
        <translation>Il primo coordinatore</translation>
    </message>
    <message>
        <source>The coordinator manages the accounts of this desk&apos;s volunteers. Choose a password of at least 8 characters.</source>
        <translation>Il coordinatore gestisce gli account dei volontari di questo sportello. Scegli una password di almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome e cognome</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ripeti la password</translation>
    </message>
    <message>
        <source>Passwords are stored only as an argon2id hash: nobody can read them back, so keep them somewhere safe.</source>
        <translation>Le password sono conservate solo come impronta argon2id: nessuno può rileggerle, quindi custodiscile in un posto sicuro.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Le due password sono diverse: scrivile di nuovo.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Connect to the district office</source>
        <translation>Collega all&apos;Ufficio di Piano</translation>
    </message>
    <message>
        <source>Type the address and the one-time code the district office gave you. The desk then receives its records.</source>
        <translation>Scrivi l&apos;indirizzo e il codice monouso che ti ha dato l&apos;Ufficio di Piano. Lo sportello riceverà poi i suoi dati.</translation>
    </message>
    <message>
        <source>Office &amp;address</source>
        <translation>&amp;Indirizzo dell&apos;ufficio</translation>
    </message>
    <message>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Codice di iscrizione</translation>
    </message>
    <message>
        <source>Type both the office address and the enrolment code.</source>
        <translation>Scrivi sia l&apos;indirizzo dell&apos;ufficio sia il codice di iscrizione.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>OP Desk: first start</source>
        <translation>OP Desk: primo avvio</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Chi è allo sportello?</translation>
    </message>
    <message>
        <source>{site}: choose your name and type your password or PIN.</source>
        <translation>{site}: scegli il tuo nome e scrivi la password o il PIN.</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Password o PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entra</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation>Scegli il tuo nome e scrivi la password o il PIN.</translation>
    </message>
    <message>
        <source>OP Desk — {site}</source>
        <translation>OP Desk — {site}</translation>
    </message>
    <message>
        <source>This register cannot be used until it is repaired.</source>
        <translation>Questo registro non si può usare finché non viene riparato.</translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation>Lo sportello è bloccato.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without activity.</source>
        <translation>Bloccato dopo {minutes} minuti di inattività.</translation>
    </message>
    <message>
        <source>Who is taking over the desk? Choose your name.</source>
        <translation>Chi prende il posto allo sportello? Scegli il tuo nome.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About OP Desk</source>
        <translation>Informazioni su OP Desk</translation>
    </message>
    <message>
        <source>OP Desk {version}: the register of the OP Cafè desks of the #Oltreiperimetri project.</source>
        <translation>OP Desk {version}: il registro degli sportelli OP Cafè del progetto #Oltreiperimetri.</translation>
    </message>
    <message>
        <source>Sending the last records before closing…</source>
        <translation>Invio degli ultimi dati prima di chiudere…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Sportello</translation>
    </message>
    <message>
        <source>&amp;Switch volunteer…</source>
        <translation>&amp;Cambia volontario…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Account…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Si&amp;ncronizzazione</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflitti…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About OP Desk</source>
        <translation>&amp;Informazioni su OP Desk</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consulenze</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Numeri chiave</translation>
    </message>
    <message>
        <source>{screen}: coming soon</source>
        <translation>{screen}: in arrivo</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>A PIN of at least 4 digits, or a password of at least 8 characters.</source>
        <translation>Un PIN di almeno 4 cifre, o una password di almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome e cognome</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Password o PIN</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <source>Start offline</source>
        <translation>Inizia senza rete</translation>
    </message>
    <message>
        <source>Which OP Cafè is this desk? It can be enrolled with the office later without losing anything.</source>
        <translation>Quale OP Cafè è questo sportello? Potrai collegarlo all&apos;ufficio più avanti senza perdere nulla.</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Sportello</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only by hand and at closing</source>
        <translation>solo a mano e alla chiusura</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>La stampante predefinita del sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Dimensione del &amp;testo</translation>
    </message>
    <message>
        <source>&amp;Sync every</source>
        <translation>&amp;Sincronizza ogni</translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation>&amp;Blocca dopo</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>Stam&amp;pante</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Send and receive the records now (Ctrl+Shift+S)</source>
        <translation>Invia e ricevi i dati adesso (Ctrl+Maiusc+S)</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} in attesa</translation>
    </message>
    <message>
        <source>Working offline (not enrolled with the office)</source>
        <translation>Senza rete (sportello non collegato all&apos;ufficio)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>ultima sincronizzazione {when}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to OP Desk</source>
        <translation>Benvenuti in OP Desk</translation>
    </message>
    <message>
        <source>This PC becomes the register of an OP Cafè desk. How should it start?</source>
        <translation>Questo PC diventa il registro di uno sportello OP Cafè. Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>&amp;Connect to the district office (recommended): you need the office&apos;s address and an enrolment code</source>
        <translation>&amp;Collega all&apos;Ufficio di Piano (consigliato): servono l&apos;indirizzo dell&apos;ufficio e un codice di iscrizione</translation>
    </message>
    <message>
        <source>Start &amp;offline for one desk: records stay here until the desk is enrolled</source>
        <translation>Inizia &amp;senza rete per uno sportello: i dati restano qui finché lo sportello non viene collegato</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <source>Working on it…</source>
        <translation>Un momento…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This desk has no register yet: restart OP Desk to set it up.</source>
        <translation>Questo sportello non ha ancora un registro: riavvia OP Desk per prepararlo.</translation>
    </message>
    <message>
        <source>A register already exists in this folder: open it instead of creating a new one.</source>
        <translation>In questa cartella esiste già un registro: aprilo invece di crearne uno nuovo.</translation>
    </message>
    <message>
        <source>The register on this desk is damaged: restore the latest backup, or enrol the desk again to get its records back.</source>
        <translation>Il registro di questo sportello è danneggiato: ripristina l&apos;ultima copia di sicurezza, oppure collega di nuovo lo sportello per riavere i suoi dati.</translation>
    </message>
    <message>
        <source>That record no longer exists: it may have been removed at another desk. Refresh the list and try again.</source>
        <translation>Questo dato non esiste più: forse è stato tolto da un altro sportello. Aggiorna l&apos;elenco e riprova.</translation>
    </message>
    <message>
        <source>Name or password/PIN not recognised: try again, or ask a coordinator.</source>
        <translation>Nome o password/PIN non riconosciuti: riprova, o chiedi a un coordinatore.</translation>
    </message>
    <message>
        <source>Your role does not allow this: ask a coordinator.</source>
        <translation>Il tuo ruolo non lo consente: chiedi a un coordinatore.</translation>
    </message>
    <message>
        <source>The office cannot be reached: records are safe on this desk and will be sent next time.</source>
        <translation>L&apos;ufficio non è raggiungibile: i dati sono al sicuro su questo sportello e verranno inviati la prossima volta.</translation>
    </message>
    <message>
        <source>The office no longer recognises this desk: ask the district office for a new enrolment code.</source>
        <translation>L&apos;ufficio non riconosce più questo sportello: chiedi all&apos;Ufficio di Piano un nuovo codice di iscrizione.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired: ask the district office for a new one.</source>
        <translation>Il codice di iscrizione è sbagliato, già usato o scaduto: chiedine uno nuovo all&apos;Ufficio di Piano.</translation>
    </message>
    <message>
        <source>The office refused records this desk may not send: call the district office; nothing is lost.</source>
        <translation>L&apos;ufficio ha rifiutato dati che questo sportello non può inviare: chiama l&apos;Ufficio di Piano; non si perde nulla.</translation>
    </message>
    <message>
        <source>This desk is not enrolled with the office yet: ask the district office for an enrolment code.</source>
        <translation>Questo sportello non è ancora collegato all&apos;ufficio: chiedi all&apos;Ufficio di Piano un codice di iscrizione.</translation>
    </message>
    <message>
        <source>The office refused the records as malformed: update OP Desk or call the district office; records stay on this desk.</source>
        <translation>L&apos;ufficio ha rifiutato i dati perché non validi: aggiorna OP Desk o chiama l&apos;Ufficio di Piano; i dati restano su questo sportello.</translation>
    </message>
    <message>
        <source>The office is busy right now: OP Desk will try again in a few minutes.</source>
        <translation>L&apos;ufficio è occupato in questo momento: OP Desk riproverà tra qualche minuto.</translation>
    </message>
    <message>
        <source>Too much to send in one go: OP Desk will send it in smaller parts next time.</source>
        <translation>Troppi dati da inviare in una volta: OP Desk li invierà a parti più piccole la prossima volta.</translation>
    </message>
    <message>
        <source>The office had a problem: records are safe on this desk and will be sent next time.</source>
        <translation>L&apos;ufficio ha avuto un problema: i dati sono al sicuro su questo sportello e verranno inviati la prossima volta.</translation>
    </message>
    <message>
        <source>Please check what was typed: {problems}.</source>
        <translation>Controlla quanto scritto: {problems}.</translation>
    </message>
    <message>
        <source>Please check what was typed: {problem}</source>
        <translation>Controlla quanto scritto: {problem}</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space or call the coordinator, then try again.</source>
        <translation>Il disco è pieno: nulla è stato salvato. Libera spazio o chiama il coordinatore, poi riprova.</translation>
    </message>
    <message>
        <source>The disk could not be read or written: nothing was saved. Check that the disk or USB stick is connected, or call the coordinator, then try again.</source>
        <translation>Errore di lettura o scrittura sul disco: nulla è stato salvato. Controlla che il disco o la chiavetta siano collegati, o chiama il coordinatore, poi riprova.</translation>
    </message>
    <message>
        <source>OP Desk may not write to its folder: ask whoever looks after this PC.</source>
        <translation>OP Desk non può scrivere nella sua cartella: chiedi a chi si occupa di questo PC.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved: try again, and if it happens again use &quot;Copy details&quot; and send them to the district office.</source>
        <translation>Qualcosa è andato storto e non è stato salvato nulla: riprova, e se succede di nuovo usa &quot;Copia dettagli&quot; e mandali all&apos;Ufficio di Piano.</translation>
    </message>
    <message>
        <source>OP Desk</source>
        <translation>OP Desk</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
</context>
</TS>
