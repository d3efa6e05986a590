<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>EndStayDialog</name>
    <message>
        <source>End the stay</source>
        <translation>Fine dell&apos;ospitalità</translation>
    </message>
    <message>
        <source>Guests leave &amp;on:</source>
        <translation>Gli ospiti &amp;lasciano l&apos;alloggio il:</translation>
    </message>
</context>
<context>
    <name>HomeDialog</name>
    <message>
        <source>Correct the home</source>
        <translation>Correggi l&apos;alloggio</translation>
    </message>
    <message>
        <source>New home</source>
        <translation>Nuovo alloggio</translation>
    </message>
    <message>
        <source>e.g. Flat in Via Roma 12, 2nd floor</source>
        <translation>es. Bilocale in via Roma 12, 2° piano</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>until</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Posti:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Disponibile:</translation>
    </message>
</context>
<context>
    <name>HousingScreen</name>
    <message>
        <source>F2  New stay</source>
        <translation>F2  Nuova ospitalità</translation>
    </message>
    <message>
        <source>F3  New home</source>
        <translation>F3  Nuovo alloggio</translation>
    </message>
    <message>
        <source>Del  Remove home</source>
        <translation>Canc  Elimina alloggio</translation>
    </message>
    <message>
        <source>homes</source>
        <translation>alloggi</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>ospitalita</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Alloggi</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Ospitalità</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Guests today</source>
        <translation>Ospiti oggi</translation>
    </message>
    <message>
        <source>Free today</source>
        <translation>Liberi oggi</translation>
    </message>
    <message>
        <source>A place frees up</source>
        <translation>Si libera un posto il</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Mu&amp;nicipality:</source>
        <translation>Co&amp;mune:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>&amp;Today:</source>
        <translation>&amp;Oggi:</translation>
    </message>
    <message>
        <source>every home</source>
        <translation>tutti gli alloggi</translation>
    </message>
    <message>
        <source>with a free place</source>
        <translation>con un posto libero</translation>
    </message>
    <message>
        <source>full</source>
        <translation>pieno</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Ospiti</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>senza termine</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Alloggio:</translation>
    </message>
    <message>
        <source>all homes</source>
        <translation>tutti gli alloggi</translation>
    </message>
    <message>
        <source>&amp;Stays:</source>
        <translation>O&amp;spitalità:</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>future</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>concluse</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>fino al {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>dal {start}</translation>
    </message>
    <message>
        <source>always</source>
        <translation>sempre</translation>
    </message>
    <message>
        <source>at another desk</source>
        <translation>di un altro OP Cafè</translation>
    </message>
    <message>
        <source>of {day} ({state})</source>
        <translation>del {day} ({state})</translation>
    </message>
    <message>
        <source>No homes yet: add the first with F3.</source>
        <translation>Nessun alloggio ancora: aggiungi il primo con F3.</translation>
    </message>
    <message>
        <source>Homes with a free place today: {free} of {available} available</source>
        <translation>Alloggi con un posto libero oggi: {free} su {available} disponibili</translation>
    </message>
    <message>
        <source> · the next place frees up on {day} ({home})</source>
        <translation> · il prossimo posto si libera il {day} ({home})</translation>
    </message>
    <message>
        <source>Remove home</source>
        <translation>Elimina alloggio</translation>
    </message>
    <message>
        <source>Remove the home “{home}”?</source>
        <translation>Eliminare l&apos;alloggio «{home}»?</translation>
    </message>
    <message>
        <source>Only for a home added by mistake. A home no longer offered keeps its history: correct it (Enter) and set the last day it is available.</source>
        <translation>Solo per un alloggio inserito per errore. Un alloggio che non si offre più conserva la sua storia: correggilo (Invio) e indica l&apos;ultimo giorno in cui è disponibile.</translation>
    </message>
    <message>
        <source>&amp;Remove home</source>
        <translation>&amp;Elimina alloggio</translation>
    </message>
    <message>
        <source>This home has stays on record (ended ones too), so it cannot be removed: to stop offering it, correct it (Enter) and set the last day it is available.</source>
        <translation>Questo alloggio ha ospitalità registrate (anche concluse), quindi non si può eliminare: per non offrirlo più, correggilo (Invio) e indica l&apos;ultimo giorno in cui è disponibile.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>New stay</source>
        <translation>Nuova ospitalità</translation>
    </message>
    <message>
        <source>Everyone hosted in this stay, the person included</source>
        <translation>Tutte le persone ospitate, compresa la persona</translation>
    </message>
    <message>
        <source>they leave on</source>
        <translation>lasciano l&apos;alloggio il</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Alloggio:</translation>
    </message>
    <message>
        <source>&amp;Guests (person included):</source>
        <translation>&amp;Ospiti (persona compresa):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Richiesta:</translation>
    </message>
    <message>
        <source>Housing request of {day} ({state})</source>
        <translation>Richiesta di casa del {day} ({state})</translation>
    </message>
    <message>
        <source>Choose the person first: type a few letters of their name and pick them from the list.</source>
        <translation>Scegli prima la persona: scrivi qualche lettera del nome e sceglila dall&apos;elenco.</translation>
    </message>
    <message>
        <source>There is no home yet: add one with &quot;New home&quot; first.</source>
        <translation>Non c&apos;è ancora nessun alloggio: aggiungine uno con «Nuovo alloggio».</translation>
    </message>
</context>
</TS>
