<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>New consultation</source>
        <translation>Nuova consulenza</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuti</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <source>Only operators and coordinators can read them</source>
        <translation>Le possono leggere solo operatori e coordinatori</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Ricontattare il</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
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
    <name>ConsultationsScreen</name>
    <message>
        <source>F2  New consultation</source>
        <translation>F2  Nuova consulenza</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Ricontatto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>tutti i temi</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Show notes (Ctrl+N)</source>
        <translation>Mostra le note (Ctrl+N)</translation>
    </message>
    <message>
        <source>Individual consultations at this desk</source>
        <translation>Consulenze individuali di questo sportello</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>Notes are for operators and coordinators only</source>
        <translation>Le note sono solo per operatori e coordinatori</translation>
    </message>
    <message>
        <source>Choose a consultation to see its notes.</source>
        <translation>Scegli una consulenza per vederne le note.</translation>
    </message>
    <message>
        <source>{when} · {who} · {theme}</source>
        <translation>{when} · {who} · {theme}</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>senza note</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(nessuna nota)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>gio</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>Nobody to call back this week.</source>
        <translation>Nessuno da ricontattare questa settimana.</translation>
    </message>
    <message>
        <source>Follow-ups this week ({count})</source>
        <translation>Da ricontattare questa settimana ({count})</translation>
    </message>
</context>
</TS>
