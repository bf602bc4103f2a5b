<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>Bar chart, %n bars; use the arrow keys to read them</source>
        <translation>
            <numerusform>Bar chart, %n bar; use the arrow keys to read them</numerusform>
            <numerusform>Bar chart, %n bars; use the arrow keys to read them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board::Io</name>
    <message numerus="yes">
        <source>…and %n more problem(s) of the same kinds.</source>
        <translation>
            <numerusform>…and %n more problem of the same kinds.</numerusform>
            <numerusform>…and %n more problems of the same kinds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message numerus="yes">
        <source>With no new cards a day, %n cards are never introduced.</source>
        <translation>
            <numerusform>With no new cards a day, %n card are never introduced.</numerusform>
            <numerusform>With no new cards a day, %n cards are never introduced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every card is introduced by %1, %n days before the interview.</source>
        <translation>
            <numerusform>Every card is introduced by %1, %n day before the interview.</numerusform>
            <numerusform>Every card is introduced by %1, %n days before the interview.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last new card comes on %1, %n days after the interview: take more new cards a day.</source>
        <translation>
            <numerusform>The last new card comes on %1, %n day after the interview: take more new cards a day.</numerusform>
            <numerusform>The last new card comes on %1, %n days after the interview: take more new cards a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckPicker</name>
    <message numerus="yes">
        <source>%n card(s) due in the chosen decks</source>
        <translation>
            <numerusform>%n card due in the chosen decks</numerusform>
            <numerusform>%n cards due in the chosen decks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckRow</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignRoundPanel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message numerus="yes">
        <source>(The text goes on for %n more character(s); only the start is shown.)</source>
        <translation>
            <numerusform>(The text goes on for %n more character; only the start is shown.)</numerusform>
            <numerusform>(The text goes on for %n more characters; only the start is shown.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Imported %n element(s).</source>
        <translation>
            <numerusform>Imported %n element.</numerusform>
            <numerusform>Imported %n elements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n element(s) with warnings.</source>
        <translation>
            <numerusform>Imported %n element with warnings.</numerusform>
            <numerusform>Imported %n elements with warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message numerus="yes">
        <source>%n posting(s) could not be saved: %1</source>
        <translation>
            <numerusform>%n posting could not be saved: %1</numerusform>
            <numerusform>%n postings could not be saved: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n posting(s)</source>
        <translation>
            <numerusform>Add %n posting</numerusform>
            <numerusform>Add %n postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n posting(s).</source>
        <translation>
            <numerusform>Added %n posting.</numerusform>
            <numerusform>Added %n postings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed.</source>
        <translation>
            <numerusform>%n already listed.</numerusform>
            <numerusform>%n already listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be classified.</source>
        <translation>
            <numerusform>%n file could not be classified.</numerusform>
            <numerusform>%n files could not be classified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n posting(s)</source>
        <translation>
            <numerusform>Delete %n posting</numerusform>
            <numerusform>Delete %n postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n posting(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Deleted %n posting. Ctrl+Z brings them back.</numerusform>
            <numerusform>Deleted %n postings. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classifying %1 of %n file(s)…</source>
        <translation>
            <numerusform>Classifying %1 of %n file…</numerusform>
            <numerusform>Classifying %1 of %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classifying %1 of %n posting(s) again with the new model…</source>
        <translation>
            <numerusform>Classifying %1 of %n posting again with the new model…</numerusform>
            <numerusform>Classifying %1 of %n postings again with the new model…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refitted with %n of your correction(s)</source>
        <translation>
            <numerusform>Refitted with %n of your correction</numerusform>
            <numerusform>Refitted with %n of your corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your plan leans %1 % ML systems (%n posting(s)).</source>
        <translation>
            <numerusform>Your plan leans %1 % ML systems (%n posting).</numerusform>
            <numerusform>Your plan leans %1 % ML systems (%n postings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message numerus="yes">
        <source>Apply %n ticked to my plan</source>
        <translation>
            <numerusform>Apply %n ticked to my plan</numerusform>
            <numerusform>Apply %n ticked to my plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n problem(s)</source>
        <translation>
            <numerusform>Show %n problem</numerusform>
            <numerusform>Show %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalRow</name>
    <message numerus="yes">
        <source>%n linked card(s)</source>
        <translation>
            <numerusform>%n linked card</numerusform>
            <numerusform>%n linked cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message numerus="yes">
        <source>Line chart, %n points; use the arrow keys to read them</source>
        <translation>
            <numerusform>Line chart, %n point; use the arrow keys to read them</numerusform>
            <numerusform>Line chart, %n points; use the arrow keys to read them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasteryTable</name>
    <message numerus="yes">
        <source>Show all %n</source>
        <translation>
            <numerusform>Show all %n</numerusform>
            <numerusform>Show all %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveCardsDialog</name>
    <message numerus="yes">
        <source>Move %n card(s) to deck</source>
        <translation>
            <numerusform>Move %n card to deck</numerusform>
            <numerusform>Move %n cards to deck</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetagDialog</name>
    <message numerus="yes">
        <source>Retag %n card(s)</source>
        <translation>
            <numerusform>Retag %n card</numerusform>
            <numerusform>Retag %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <source>Derived from your review log, never estimated. Interview: %1 (%n days left).</source>
        <translation>
            <numerusform>Derived from your review log, never estimated. Interview: %1 (%n day left).</numerusform>
            <numerusform>Derived from your review log, never estimated. Interview: %1 (%n days left).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n design rounds, %1 minutes, mean rubric score %2</source>
        <translation>
            <numerusform>%n design rounds, %1 minutes, mean rubric score %2</numerusform>
            <numerusform>%n design rounds, %1 minutes, mean rubric score %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyPlanController</name>
    <message numerus="yes">
        <source>%n card(s) due</source>
        <translation>
            <numerusform>%n card due</numerusform>
            <numerusform>%n cards due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapped posting(s), %1 % ML systems: %2.</source>
        <translation>
            <numerusform>%n mapped posting, %1 % ML systems: %2.</numerusform>
            <numerusform>%n mapped postings, %1 % ML systems: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyPlanView</name>
    <message numerus="yes">
        <source>Interview on %1: %n day(s) left.</source>
        <translation>
            <numerusform>Interview on %1: %n day left.</numerusform>
            <numerusform>Interview on %1: %n days left.</numerusform>
        </translation>
    </message>
</context>
</TS>