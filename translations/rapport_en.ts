<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Api</name>
    <message numerus="yes">
        <source>Too many failed sign-ins; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins; try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent or address</source>
        <translation>
            <numerusform>%n left out without consent or address</numerusform>
            <numerusform>%n left out without consent or address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already member(s)</source>
        <translation>
            <numerusform>%n already a member</numerusform>
            <numerusform>%n already members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contact written to %1.</numerusform>
            <numerusform>%n contacts written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n calendar entry written to %1.</numerusform>
            <numerusform>%n calendar entries written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) escalated to their team&apos;s manager.</source>
        <translation>
            <numerusform>%n ticket escalated to their team&apos;s manager.</numerusform>
            <numerusform>%n tickets escalated to their team&apos;s manager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln deal, weighted %1</numerusform>
            <numerusform>%Ln deals, weighted %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their service level</source>
        <translation>
            <numerusform>%Ln past its service level</numerusform>
            <numerusform>%Ln past their service level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) scored on their orders from %1 to %2, in %3.</source>
        <translation>
            <numerusform>%Ln customer scored on their orders from %1 to %2, in %3.</numerusform>
            <numerusform>%Ln customers scored on their orders from %1 to %2, in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value %1; churn risk %2; last order %3; %Ln order(s) for %4 in the last 12 months; buys most: %5.</source>
        <translation>
            <numerusform>Lifetime value %1; churn risk %2; last order %3; %Ln order for %4 in the last 12 months; buys most: %5.</numerusform>
            <numerusform>Lifetime value %1; churn risk %2; last order %3; %Ln orders for %4 in the last 12 months; buys most: %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln campaign</numerusform>
            <numerusform>%Ln campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message numerus="yes">
        <source>clicked a campaign %n time(s)</source>
        <translation>
            <numerusform>clicked a campaign once</numerusform>
            <numerusform>clicked a campaign %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened a campaign %n time(s)</source>
        <translation>
            <numerusform>opened a campaign once</numerusform>
            <numerusform>opened a campaign %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Every year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesReports</name>
    <message numerus="yes">
        <source>Recency, frequency and money are scored 1 to 5 by quintile among the %Ln customers: days since the last order, orders and revenue in the period.</source>
        <translation>
            <numerusform>Recency, frequency and money are scored 1 to 5 by quintile among the %Ln customer: days since the last order, orders and revenue in the period.</numerusform>
            <numerusform>Recency, frequency and money are scored 1 to 5 by quintile among the %Ln customers: days since the last order, orders and revenue in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln customers at risk</source>
        <translation>
            <numerusform>The %Ln customer at risk</numerusform>
            <numerusform>All %Ln customers at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift: how much likelier the first category&apos;s customers are to buy the second than the %Ln customers as a whole.</source>
        <translation>
            <numerusform>Lift: how much likelier the first category&apos;s customers are to buy the second than the %Ln customer as a whole.</numerusform>
            <numerusform>Lift: how much likelier the first category&apos;s customers are to buy the second than the %Ln customers as a whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n deal(s) won took %1 days on average from their first stage to the close.</source>
        <translation>
            <numerusform>The %n deal won took %1 days from its first stage to the close.</numerusform>
            <numerusform>The %n deals won took %1 days on average from their first stage to the close.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters are allowed.</source>
        <translation>
            <numerusform>%1 is too long: at most %n character is allowed.</numerusform>
            <numerusform>%1 is too long: at most %n characters are allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AccountPage</name>
    <message numerus="yes">
        <source>Customer standing, scored on %1 among the book&apos;s %Ln customer(s): recency %2, frequency %3 and money %4 out of 5.</source>
        <translation>
            <numerusform>Customer standing, scored on %1 among the book&apos;s %Ln customer: recency %2, frequency %3 and money %4 out of 5.</numerusform>
            <numerusform>Customer standing, scored on %1 among the book&apos;s %Ln customers: recency %2, frequency %3 and money %4 out of 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s); those won or lost are listed below them.</source>
        <translation>
            <numerusform>%n open deal; those won or lost are listed below it.</numerusform>
            <numerusform>%n open deals; those won or lost are listed below them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s); those resolved are listed below them.</source>
        <translation>
            <numerusform>%n open ticket; those resolved are listed below it.</numerusform>
            <numerusform>%n open tickets; those resolved are listed below them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ActivityEditor</name>
    <message numerus="yes">
        <source>%n week(s) before</source>
        <translation>
            <numerusform>%n week before</numerusform>
            <numerusform>%n weeks before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before at %1</source>
        <translation>
            <numerusform>%n week before at %1</numerusform>
            <numerusform>%n weeks before at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before at %1</source>
        <translation>
            <numerusform>%n day before at %1</numerusform>
            <numerusform>%n days before at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after the start</source>
        <translation>
            <numerusform>%n minute after the start</numerusform>
            <numerusform>%n minutes after the start</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CalendarView</name>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n calendar entry written to %1.</numerusform>
            <numerusform>%n calendar entries written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CampaignPage</name>
    <message numerus="yes">
        <source>Send to the %n planned…</source>
        <translation>
            <numerusform>Send to the %n planned…</numerusform>
            <numerusform>Send to the %n planned…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln people)</source>
        <translation>
            <numerusform>%1 (%Ln person)</numerusform>
            <numerusform>%1 (%Ln people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln lead(s))</source>
        <translation>
            <numerusform>%1 (%Ln lead)</numerusform>
            <numerusform>%1 (%Ln leads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ContactPage</name>
    <message numerus="yes">
        <source>Deals and tickets (%n open)</source>
        <translation>
            <numerusform>Deals and tickets (%n open)</numerusform>
            <numerusform>Deals and tickets (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n group(s) of contacts that are probably one person. Select a group and choose Merge.</source>
        <translation>
            <numerusform>%n group of contacts that are probably one person. Select it and choose Merge.</numerusform>
            <numerusform>%n groups of contacts that are probably one person. Select a group and choose Merge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::HelpDeskView</name>
    <message numerus="yes">
        <source>Assign %n ticket(s) to the least busy</source>
        <translation>
            <numerusform>Assign %n ticket to the least busy</numerusform>
            <numerusform>Assign %n tickets to the least busy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) round robin</source>
        <translation>
            <numerusform>Assign %n ticket round robin</numerusform>
            <numerusform>Assign %n tickets round robin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n ticket(s)</source>
        <translation>
            <numerusform>Close %n ticket</numerusform>
            <numerusform>Close %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to the least busy agents.</source>
        <translation>
            <numerusform>%n ticket assigned to the least busy agent.</numerusform>
            <numerusform>%n tickets assigned to the least busy agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned round robin.</source>
        <translation>
            <numerusform>%n ticket assigned round robin.</numerusform>
            <numerusform>%n tickets assigned round robin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) closed.</source>
        <translation>
            <numerusform>%n ticket closed.</numerusform>
            <numerusform>%n tickets closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vCard address book · %n card(s)</source>
        <translation>
            <numerusform>vCard address book · %n card</numerusform>
            <numerusform>vCard address book · %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ListPanel</name>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it.</source>
        <translation>
            <numerusform>The list holds more than %Ln record, too many to sort by %1. Filter or search to narrow it.</numerusform>
            <numerusform>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it, or sort by %2.</source>
        <translation>
            <numerusform>The list holds more than %Ln record, too many to sort by %1. Filter or search to narrow it, or sort by %2.</numerusform>
            <numerusform>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it, or sort by %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list now holds more than %Ln records, too many to sort by %1: it is sorted by %2 again.</source>
        <translation>
            <numerusform>The list now holds more than %Ln record, too many to sort by %1: it is sorted by %2 again.</numerusform>
            <numerusform>The list now holds more than %Ln records, too many to sort by %1: it is sorted by %2 again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln selected…</source>
        <translation>
            <numerusform>Merge…</numerusform>
            <numerusform>Merge %Ln selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to</source>
        <translation>
            <numerusform>Assign to</numerusform>
            <numerusform>Assign %Ln to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %Ln…</source>
        <translation>
            <numerusform>Add a tag…</numerusform>
            <numerusform>Add a tag to %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln</source>
        <translation>
            <numerusform>Delete</numerusform>
            <numerusform>Delete %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln…</source>
        <translation>
            <numerusform>Export…</numerusform>
            <numerusform>Export %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln to a campaign…</source>
        <translation>
            <numerusform>Add %Ln to a campaign…</numerusform>
            <numerusform>Add %Ln to a campaign…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to %1</source>
        <translation>
            <numerusform>Assign %Ln to %1</numerusform>
            <numerusform>Assign %Ln to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records are now assigned to %1.</source>
        <translation>
            <numerusform>%Ln record is now assigned to %1.</numerusform>
            <numerusform>%Ln records are now assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln with %1</source>
        <translation>
            <numerusform>Tag %Ln with %1</numerusform>
            <numerusform>Tag %Ln with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) tagged %1.</source>
        <translation>
            <numerusform>%Ln record tagged %1.</numerusform>
            <numerusform>%Ln records tagged %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to %1.</source>
        <translation>
            <numerusform>%Ln contact written to %1.</numerusform>
            <numerusform>%Ln contacts written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Ln selected</numerusform>
            <numerusform>%1 · %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected · %1</source>
        <translation>
            <numerusform>%Ln selected · %1</numerusform>
            <numerusform>%Ln selected · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contact written to %1.</numerusform>
            <numerusform>%n contacts written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>Import %n entry</numerusform>
            <numerusform>Import %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n calendar entry written to %1.</numerusform>
            <numerusform>%n calendar entries written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) waiting for an answer</source>
        <translation>
            <numerusform>%n reminder waiting for an answer</numerusform>
            <numerusform>%n reminders waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call from %1; %n other record(s) have the same number.</source>
        <translation>
            <numerusform>Call from %1; %n other record has the same number.</numerusform>
            <numerusform>Call from %1; %n other records have the same number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::OpportunitiesView</name>
    <message numerus="yes">
        <source>Score %n lead(s)</source>
        <translation>
            <numerusform>Score a lead</numerusform>
            <numerusform>Score %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) scored; %1 changed.</source>
        <translation>
            <numerusform>%n lead scored; %1 changed.</numerusform>
            <numerusform>%n leads scored; %1 changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::OpportunityPage</name>
    <message numerus="yes">
        <source>%n item(s), together %1</source>
        <translation>
            <numerusform>%n item, together %1</numerusform>
            <numerusform>%n items, together %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PipelineBoard</name>
    <message numerus="yes">
        <source>Move %n deals to %1</source>
        <translation>
            <numerusform>Move %n deal to %1</numerusform>
            <numerusform>Move %n deals to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, closed in the last %n day(s)</source>
        <translation>
            <numerusform>%1, closed in the last day</numerusform>
            <numerusform>%1, closed in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PipelineReportView</name>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, %2 weighted (double-click one to open it).</source>
        <translation>
            <numerusform>%n deal, %1 in all, %2 weighted (double-click it to open it).</numerusform>
            <numerusform>%n deals, %1 in all, %2 weighted (double-click one to open it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RecordListModel</name>
    <message numerus="yes">
        <source>Sorts a list of up to %Ln records: narrow a longer one with a filter or a search first.</source>
        <translation>
            <numerusform>Sorts a list of up to %Ln record: narrow a longer one with a filter or a search first.</numerusform>
            <numerusform>Sorts a list of up to %Ln records: narrow a longer one with a filter or a search first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RecordsView</name>
    <message numerus="yes">
        <source>Add %n lead(s) to:</source>
        <translation>
            <numerusform>Add %n lead to:</numerusform>
            <numerusform>Add %n leads to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to:</source>
        <translation>
            <numerusform>Add %n contact to:</numerusform>
            <numerusform>Add %n contacts to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to %1</source>
        <translation>
            <numerusform>Add %n lead to %1</numerusform>
            <numerusform>Add %n leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Add %n contact to %1</numerusform>
            <numerusform>Add %n contacts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note %n left out of %1</source>
        <translation>
            <numerusform>Note %n left out of %1</numerusform>
            <numerusform>Note %n left out of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ReportsView</name>
    <message numerus="yes">
        <source>%n past their service level</source>
        <translation>
            <numerusform>%n past its service level</numerusform>
            <numerusform>%n past their service level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · weighted %1</source>
        <comment>in brief</comment>
        <translation>
            <numerusform>%n deal · weighted %1</numerusform>
            <numerusform>%n deals · weighted %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>in brief: tickets</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SalesReportView</name>
    <message numerus="yes">
        <source>%n ticket(s), the earliest opened first (double-click one to open it).</source>
        <translation>
            <numerusform>%n ticket (double-click it to open it).</numerusform>
            <numerusform>%n tickets, the earliest opened first (double-click one to open it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n earliest opened tickets (double-click one to open it).</source>
        <translation>
            <numerusform>The earliest opened ticket (double-click it to open it).</numerusform>
            <numerusform>The %n earliest opened tickets (double-click one to open it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable customers (double-click one to open it).</source>
        <translation>
            <numerusform>The most valuable customer (double-click to open it).</numerusform>
            <numerusform>The %n most valuable customers (double-click one to open it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), the most valuable first (double-click one to open it).</source>
        <translation>
            <numerusform>%n customer (double-click to open it).</numerusform>
            <numerusform>%n customers, the most valuable first (double-click one to open it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest deals, %1 in all (double-click one to open it).</source>
        <translation>
            <numerusform>The largest deal, %1 (double-click it to open it).</numerusform>
            <numerusform>The %n largest deals, %1 in all (double-click one to open it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, largest first (double-click one to open it).</source>
        <translation>
            <numerusform>%n deal, %1 (double-click it to open it).</numerusform>
            <numerusform>%n deals, %1 in all, largest first (double-click one to open it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SlaPoliciesDialog</name>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n holiday</numerusform>
            <numerusform>%n holidays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SlaWatch</name>
    <message numerus="yes">
        <source>%n breached ticket(s) escalated to the team&apos;s manager.</source>
        <translation>
            <numerusform>%n breached ticket escalated to the team&apos;s manager.</numerusform>
            <numerusform>%n breached tickets escalated to the team&apos;s manager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) past their service level</source>
        <translation>
            <numerusform>%n ticket past its service level</numerusform>
            <numerusform>%n tickets past their service level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within the warning time</source>
        <translation>
            <numerusform>%n due within the warning time</numerusform>
            <numerusform>%n due within the warning time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TicketPage</name>
    <message numerus="yes">
        <source>%n knowledge-base article(s) match what the ticket says</source>
        <translation>
            <numerusform>%n knowledge-base article matches what the ticket says</numerusform>
            <numerusform>%n knowledge-base articles match what the ticket says</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TimeGrid</name>
    <message numerus="yes">
        <source>%n more at this time (click to see the day):</source>
        <translation>
            <numerusform>%n more at this time (click to see the day):</numerusform>
            <numerusform>%n more at this time (click to see the day):</numerusform>
        </translation>
    </message>
</context>
</TS>
