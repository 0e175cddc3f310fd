<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AudienceCheckView</name>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="29"/>
        <source>What the room learnt</source>
        <translation>Ko grupa iemācījās</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="30"/>
        <source>After the seminar: the same questions</source>
        <translation>Pēc semināra: tie paši jautājumi</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="30"/>
        <source>Before we start: a few questions</source>
        <translation>Pirms sākam: daži jautājumi</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="51"/>
        <source>Answer on your phone. %1 of %2 have answered every question.</source>
        <translation>Atbildiet savā tālrunī. Uz visiem jautājumiem atbildējuši %1 no %2.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="51"/>
        <source>Thank you: %1 answered. The same questions come again at the end.</source>
        <translation>Paldies! Atbildēja %1. Beigās būs tie paši jautājumi.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="84"/>
        <source>Right answers before</source>
        <translation>Pareizas atbildes pirms semināra</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="90"/>
        <location filename="../qml/AudienceCheckView.qml" line="102"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="96"/>
        <source>Right answers after</source>
        <translation>Pareizas atbildes pēc semināra</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Nobody answered both rounds: there is nothing to compare.</source>
        <translation>Neviens neatbildēja abās reizēs: nav ko salīdzināt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Everyone was right before already (%n answered both rounds).</source>
        <translation>
            <numerusform>Visi jau pirms tam atbildēja pareizi (abās reizēs atbildēja %n).</numerusform>
            <numerusform>Visi jau pirms tam atbildēja pareizi (abās reizēs atbildēja %n).</numerusform>
            <numerusform>Visi jau pirms tam atbildēja pareizi (abās reizēs atbildēja %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Of what there was to learn, the room learnt %1 % (normalised gain; %n answered both rounds).</source>
        <translation>
            <numerusform>No tā, ko bija iespējams iemācīties, grupa iemācījās %1 % (normalizētais ieguvums; abās reizēs atbildēja %n).</numerusform>
            <numerusform>No tā, ko bija iespējams iemācīties, grupa iemācījās %1 % (normalizētais ieguvums; abās reizēs atbildēja %n).</numerusform>
            <numerusform>No tā, ko bija iespējams iemācīties, grupa iemācījās %1 % (normalizētais ieguvums; abās reizēs atbildēja %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="147"/>
        <source>Before you go</source>
        <translation>Pirms dodies ceļā</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="177"/>
        <source>Who can help</source>
        <translation>Kas var palīdzēt</translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="220"/>
        <source>* Not yet confirmed with the institution: if it does not answer, call 112.</source>
        <translation>* Vēl nav apstiprināts iestādē: ja neatbild, zvani 112.</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../qml/AudienceView.qml" line="185"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>What do you notice? What do you do? Answer on your phone.</source>
        <translation>Ko jūs pamanāt? Ko jūs darīsiet? Atbildiet savā tālrunī.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>Answers are closed.</source>
        <translation>Atbildes vairs netiek pieņemtas.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>The room answered:</source>
        <translation>Grupa atbildēja:</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="243"/>
        <source>%1 of %2 have answered</source>
        <translation>Atbildējuši %1 no %2</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="306"/>
        <source>%1: a recommended question</source>
        <translation>%1: ieteicams jautājums</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="306"/>
        <source>%1: not a recommended question</source>
        <translation>%1: nav ieteicams jautājums</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="316"/>
        <source>Critical error</source>
        <translation>Kritiska kļūda</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="316"/>
        <source>Best practice</source>
        <translation>Labā prakse</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="349"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translation>Grupas ceļa rezultāts: %1 %.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="448"/>
        <source>Joining is not open yet.</source>
        <translation>Pievienošanās vēl nav atvērta.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="458"/>
        <source>To open it: press J, or C for the presenter console and “Open joining”.</source>
        <translation>Lai to atvērtu, nospiediet J vai atveriet vadītāja konsoli (C) un izvēlieties “Atvērt pievienošanos”.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="458"/>
        <source>To open it: press J, or “Open joining” on the presenter console.</source>
        <translation>Lai to atvērtu, nospiediet J vai vadītāja konsolē izvēlieties “Atvērt pievienošanos”.</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="473"/>
        <source>QR code to join</source>
        <translation>QR kods pievienošanai</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="481"/>
        <source>Join on your phone: scan the code, or open</source>
        <translation>Pievienojieties ar tālruni: noskenējiet kodu vai atveriet</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="498"/>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="508"/>
        <source>Switch off mobile data, stay on this Wi-Fi.</source>
        <translation>Izslēdziet mobilos datus, palieciet šajā Wi-Fi tīklā.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceView.qml" line="516"/>
        <source>%n joined</source>
        <translation>
            <numerusform>%n pievienojies</numerusform>
            <numerusform>%n pievienojušies</numerusform>
            <numerusform>%n pievienojušies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorScreen</name>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="97"/>
        <source>Your scenarios</source>
        <translation>Jūsu scenāriji</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="103"/>
        <source>Scenarios written or corrected by your team. They appear in the library beside the shipped ones, marked as edited, once they have no errors. The shipped scenarios stay as they are: to correct one, make an editable copy.</source>
        <translation>Jūsu komandas rakstītie vai labotie scenāriji. Tiklīdz tajos nav kļūdu, tie parādās bibliotēkā blakus komplektā iekļautajiem, atzīmēti kā laboti. Komplektā iekļautie scenāriji paliek, kā ir: lai kādu labotu, izveidojiet tā rediģējamu kopiju.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="110"/>
        <source>Kept in: %1</source>
        <translation>Glabājas: %1</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="124"/>
        <location filename="../qml/AuthorScreen.qml" line="125"/>
        <source>Title of a new scenario</source>
        <translation>Jauna scenārija nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="133"/>
        <source>New scenario</source>
        <translation>Jauns scenārijs</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="144"/>
        <source>Import a scenario…</source>
        <translation>Importēt scenāriju…</translation>
    </message>
    <message>
        <source>A ZIP exported on another laptop, or a scenario file</source>
        <translation type="vanished">ZIP, kas eksportēts citā datorā, vai scenārija fails</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="145"/>
        <source>A ZIP exported on another laptop, a scenario file, or a Twine story</source>
        <translation>ZIP, kas eksportēts citā datorā, scenārija fails vai Twine stāsts</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="150"/>
        <source>Import a folder…</source>
        <translation>Importēt mapi…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="151"/>
        <source>Every scenario file in a folder, with the media they use</source>
        <translation>Visus mapes scenāriju failus kopā ar to izmantotajiem multivides failiem</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="164"/>
        <source>Opening the scenario</source>
        <translation>Scenārijs tiek atvērts</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="168"/>
        <source>Opening the scenario…</source>
        <translation>Scenārijs tiek atvērts…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="194"/>
        <source>None yet.</source>
        <translation>Vēl nav neviena.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="218"/>
        <source>In the library</source>
        <translation>Bibliotēkā</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="218"/>
        <source>Draft: not playable yet</source>
        <translation>Melnraksts: vēl nav spēlējams</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="226"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="231"/>
        <source>Export…</source>
        <translation>Eksportēt…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="232"/>
        <source>Save it with its pictures as one ZIP for another laptop</source>
        <translation>Saglabāt to kopā ar attēliem vienā ZIP failā citam datoram</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="240"/>
        <source>Rename…</source>
        <translation>Pārdēvēt…</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="249"/>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="260"/>
        <source>Shipped scenarios (read-only)</source>
        <translation>Komplektā iekļautie scenāriji (tikai lasāmi)</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="280"/>
        <source>Make an editable copy</source>
        <translation>Izveidot rediģējamu kopiju</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Checking…</source>
        <translation>Pārbauda…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Draft: %n error(s)</source>
        <translation>
            <numerusform>Melnraksts: %n kļūda</numerusform>
            <numerusform>Melnraksts: %n kļūdas</numerusform>
            <numerusform>Melnraksts: %n kļūdu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Ready to play</source>
        <translation>Gatavs spēlei</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="317"/>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="331"/>
        <source>Redo</source>
        <translation>Atcelt atsaukšanu</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="344"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="344"/>
        <source>Saved</source>
        <translation>Saglabāts</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="354"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="411"/>
        <source>Scene</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="418"/>
        <source>Scenario, endings, referral key</source>
        <translation>Scenārijs, nobeigumi, nosūtīšanas atslēga</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="425"/>
        <source>Add a scene</source>
        <translation>Pievienot ainu</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="432"/>
        <source>Interview scene</source>
        <translation>Intervijas aina</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="437"/>
        <source>Conversation scene</source>
        <translation>Sarunas aina</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="442"/>
        <source>Referral scene</source>
        <translation>Nosūtīšanas aina</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="447"/>
        <source>Assessment scene</source>
        <translation>Vērtējuma aina</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>No problems found.</source>
        <translation>Problēmu nav.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n kļūda</numerusform>
            <numerusform>%n kļūdas</numerusform>
            <numerusform>%n kļūdu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n brīdinājums</numerusform>
            <numerusform>%n brīdinājumi</numerusform>
            <numerusform>%n brīdinājumu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="550"/>
        <source>Unsaved changes</source>
        <translation>Nesaglabātas izmaiņas</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="555"/>
        <source>This scenario has changes that are not saved. A scenario with errors is saved as a draft.</source>
        <translation>Šajā scenārijā ir nesaglabātas izmaiņas. Scenārijs ar kļūdām tiek saglabāts kā melnraksts.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="572"/>
        <source>Import a scenario</source>
        <translation>Importēt scenāriju</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="574"/>
        <source>Scenarios (*.zip *.json)</source>
        <translation>Scenāriji (*.zip *.json)</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="574"/>
        <source>Twine stories (*.twee *.tw *.html)</source>
        <translation>Twine stāsti (*.twee *.tw *.html)</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="580"/>
        <source>Import the scenarios of a folder</source>
        <translation>Importēt mapes scenārijus</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="587"/>
        <source>Export the scenario</source>
        <translation>Eksportēt scenāriju</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="590"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP arhīvi (*.zip)</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="602"/>
        <source>Rename the scenario</source>
        <translation>Pārdēvēt scenāriju</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="613"/>
        <source>New title</source>
        <translation>Jaunais nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="618"/>
        <source>The title in this language, and the scenario&apos;s id and file name made from it. Results already recorded stay under the old id.</source>
        <translation>Nosaukums šajā valodā, un no tā veidots scenārija identifikators un faila nosaukums. Jau ierakstītie rezultāti paliek ar veco identifikatoru.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="633"/>
        <source>Remove the language %1?</source>
        <translation>Noņemt valodu %1?</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="638"/>
        <source>Every text&apos;s %1 translation and every line&apos;s %1 recording are taken out of the scenario (the recordings&apos; files stay in its folder). Undo brings them back.</source>
        <translation>No scenārija tiek izņemts katra teksta %1 tulkojums un katras replikas %1 ieraksts (ierakstu faili paliek tā mapē). Atsaukšana tos atjauno.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="652"/>
        <source>Delete this scenario?</source>
        <translation>Dzēst šo scenāriju?</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="655"/>
        <source>The file is deleted; results of attempts already played stay.</source>
        <translation>Fails tiek izdzēsts; jau izspēlēto mēģinājumu rezultāti paliek.</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="678"/>
        <source>Preview from %1</source>
        <translation>Priekšskatīt no %1</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="683"/>
        <source>Start the variables at:</source>
        <translation>Mainīgo sākuma vērtības:</translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="683"/>
        <source>Nothing is recorded: a preview is no one&apos;s result.</source>
        <translation>Nekas netiek ierakstīts: priekšskatījums nav neviena rezultāts.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>(stays in the conversation)</source>
        <translation type="vanished">(saruna turpinās)</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="43"/>
        <source>Choice %1</source>
        <translation>Izvēle %1</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="43"/>
        <source>Move %1: what the trainee says or does</source>
        <translation>%1. solis: ko apmācāmais saka vai dara</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="52"/>
        <source>Kind of question</source>
        <translation>Jautājuma veids</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="62"/>
        <source>%1 (not recommended)</source>
        <translation>%1 (nav ieteicams)</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="66"/>
        <source>Kind of question of move %1</source>
        <translation>%1. soļa jautājuma veids</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="77"/>
        <source>Leads to</source>
        <translation>Ved uz</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="87"/>
        <source>Where choice %1 leads</source>
        <translation>Kurp ved %1. izvēle</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="94"/>
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="105"/>
        <source>Points of choice %1</source>
        <translation>Izvēles %1 punkti</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="110"/>
        <source>Critical error</source>
        <translation>Kritiska kļūda</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="116"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="124"/>
        <source>Feedback</source>
        <translation>Atgriezeniskā saite</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="132"/>
        <source>Principle broken</source>
        <translation>Pārkāptais princips</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="150"/>
        <source>Why it is a critical error</source>
        <translation>Kāpēc tā ir kritiska kļūda</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="158"/>
        <source>Principles it follows or breaks:</source>
        <translation>Principi, ko tā ievēro vai pārkāpj:</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="169"/>
        <source>Offered only when</source>
        <translation>Piedāvā tikai tad, ja</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="179"/>
        <source>The answer</source>
        <translation>Atbilde</translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="197"/>
        <source>Add an answer line</source>
        <translation>Pievienot atbildes repliku</translation>
    </message>
</context>
<context>
    <name>ConditionList</name>
    <message>
        <location filename="../qml/ConditionList.qml" line="13"/>
        <source>Only when</source>
        <translation>Tikai tad, ja</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="26"/>
        <source>%1: always</source>
        <translation>%1: vienmēr</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="33"/>
        <source>Add a condition</source>
        <translation>Pievienot nosacījumu</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="42"/>
        <source>(declare a variable on the scenario page first)</source>
        <translation>(vispirms scenārija lapā izveidojiet mainīgo)</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="60"/>
        <source>Variable of condition %1</source>
        <translation>%1. nosacījuma mainīgais</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="69"/>
        <source>Comparison of condition %1</source>
        <translation>%1. nosacījuma salīdzinājums</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="80"/>
        <source>Number of condition %1</source>
        <translation>%1. nosacījuma skaitlis</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="84"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="86"/>
        <source>Remove condition %1</source>
        <translation>Noņemt %1. nosacījumu</translation>
    </message>
</context>
<context>
    <name>ContentWarningScreen</name>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="36"/>
        <source>Before you start</source>
        <translation>Pirms sākat</translation>
    </message>
    <message>
        <source>You can pause at any time with “Step out”; your progress is kept. If the story touches your own life, talk to someone you trust. Adults: the Drošā māja trust line +371 28612120 (weekdays 9–17). Children and young people: 116111. In danger: 112.</source>
        <translation type="vanished">Jebkurā brīdī varat pārtraukt, nospiežot “Iziet uz brīdi”; jūsu progress tiks saglabāts. Ja stāsts skar jūsu pašu dzīvi, parunājiet ar kādu, kam uzticaties. Pieaugušajiem: Patvēruma “Drošā māja” uzticības tālrunis +371 28612120 (darbdienās 9–17). Bērniem un jauniešiem: 116111. Briesmu gadījumā: 112.</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="51"/>
        <source>You can pause at any time with “Step out”; your progress is kept. If the story touches your own life, talk to someone you trust.</source>
        <translation>Jebkurā brīdī varat pārtraukt, nospiežot “Iziet uz brīdi”; jūsu progress tiks saglabāts. Ja stāsts skar jūsu pašu dzīvi, parunājiet ar kādu, kam uzticaties.</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="62"/>
        <source>I am ready — start</source>
        <translation>Jā, varu sākt</translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="68"/>
        <source>Not now</source>
        <translation>Ne tagad</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../src/debriefpage.cpp" line="28"/>
        <source>Missed sign</source>
        <translation>Nepamanīta pazīme</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="28"/>
        <source>Missed trap</source>
        <translation>Nepamanīts slazds</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="30"/>
        <source>Not a sign</source>
        <translation>Nav pazīme</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="30"/>
        <source>Not a trap</source>
        <translation>Nav slazds</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="32"/>
        <source>Another indicator</source>
        <translation>Cits rādītājs</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="34"/>
        <source>A better choice existed</source>
        <translation>Bija labāka izvēle</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="36"/>
        <source>Critical error</source>
        <translation>Kritiska kļūda</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="36"/>
        <source>The riskiest step</source>
        <translation>Visbīstamākais solis</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="38"/>
        <source>Missing from the plan</source>
        <translation>Trūkst plānā</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="40"/>
        <source>Should not be in the plan</source>
        <translation>Plānā nevajadzētu būt</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="42"/>
        <source>Too late</source>
        <translation>Par vēlu</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="44"/>
        <source>Order</source>
        <translation>Secība</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="46"/>
        <source>No referral plan</source>
        <translation>Nav nosūtīšanas plāna</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="48"/>
        <location filename="../src/debriefpage.cpp" line="147"/>
        <source>Assessment</source>
        <translation>Situācijas vērtējums</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="50"/>
        <source>No vote</source>
        <translation>Nebalsoja</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="52"/>
        <source>What the person would have told you</source>
        <translation>Ko cilvēks jums būtu pastāstījis</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="54"/>
        <source>A wrong detail your question planted</source>
        <translation>Nepatiesa detaļa, ko radīja jūsu jautājums</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="62"/>
        <source>You saw each question&apos;s type as you asked it (practice).</source>
        <translation>Katra jautājuma veidu redzējāt, to uzdodot (treniņš).</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="64"/>
        <source>You saw the questions&apos; types only now (assessment).</source>
        <translation>Jautājumu veidus redzat tikai tagad (pārbaude).</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="66"/>
        <source>Feedback after each question was switched during this attempt.</source>
        <translation>Vērtējums pēc katra jautājuma šajā mēģinājumā tika ieslēgts vai izslēgts.</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="95"/>
        <source>free %1</source>
        <translation>bezmaksas %1</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="101"/>
        <source>not verified yet</source>
        <translation>vēl nav pārbaudīts</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="102"/>
        <source>verified %1</source>
        <translation>pārbaudīts %1</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="124"/>
        <source>Stopped before the end</source>
        <translation>Pārtraukts pirms beigām</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="142"/>
        <source>Recognising signs</source>
        <translation>Pazīmju atpazīšana</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="142"/>
        <source>Traps spotted</source>
        <translation>Pamanītie slazdi</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="144"/>
        <source>Conducting the conversation</source>
        <translation>Sarunas vadīšana</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="144"/>
        <source>Safe steps</source>
        <translation>Drošie soļi</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="146"/>
        <source>Referral</source>
        <translation>Nosūtīšana</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="146"/>
        <source>Who can help</source>
        <translation>Kas var palīdzēt</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="147"/>
        <source>Is it a trap?</source>
        <translation>Vai tas ir slazds?</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="172"/>
        <source>It would have come after: “%1”</source>
        <translation>Tas būtu sekojis pēc: “%1”</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="177"/>
        <source>Your question produced it: “%1”</source>
        <translation>To izraisīja jūsu jautājums: “%1”</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="178"/>
        <source>In fact: %1</source>
        <translation>Patiesībā: %1</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="194"/>
        <source>You did not act on it.</source>
        <translation>Jūs uz to nebalstījāties.</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="199"/>
        <source>you chose “%1”</source>
        <translation>jūs izvēlējāties “%1”</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="201"/>
        <source>you flagged “%1” as a sign</source>
        <translation>jūs atzīmējāt “%1” kā pazīmi</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="203"/>
        <source>your plan names %1</source>
        <translation>jūsu plānā ir %1</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="207"/>
        <source>you answered “%1”</source>
        <translation>jūs atbildējāt “%1”</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="210"/>
        <source>Resting on it, %1.</source>
        <translation>Balstoties uz to, %1.</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="230"/>
        <source> or </source>
        <translation> vai </translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="273"/>
        <source>In the picture</source>
        <translation>Attēlā</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="289"/>
        <source>You</source>
        <translation>Jūs</translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="294"/>
        <source>unreliable: a leading question produced it</source>
        <translation>neuzticams: to izraisīja uzvedinošs jautājums</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <source>Recognising signs</source>
        <translation type="vanished">Pazīmju atpazīšana</translation>
    </message>
    <message>
        <source>Conducting the conversation</source>
        <translation type="vanished">Sarunas vadīšana</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="vanished">Nosūtīšana</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="vanished">Situācijas vērtējums</translation>
    </message>
    <message>
        <source>Missed sign</source>
        <translation type="vanished">Nepamanīta pazīme</translation>
    </message>
    <message>
        <source>Not a sign</source>
        <translation type="vanished">Nav pazīme</translation>
    </message>
    <message>
        <source>Another indicator</source>
        <translation type="vanished">Cits rādītājs</translation>
    </message>
    <message>
        <source>A better choice existed</source>
        <translation type="vanished">Bija labāka izvēle</translation>
    </message>
    <message>
        <source>Critical error</source>
        <translation type="vanished">Kritiska kļūda</translation>
    </message>
    <message>
        <source>Missing from the plan</source>
        <translation type="vanished">Trūkst plānā</translation>
    </message>
    <message>
        <source>Should not be in the plan</source>
        <translation type="vanished">Plānā nevajadzētu būt</translation>
    </message>
    <message>
        <source>Too late</source>
        <translation type="vanished">Par vēlu</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="vanished">Secība</translation>
    </message>
    <message>
        <source>No referral plan</source>
        <translation type="vanished">Nav nosūtīšanas plāna</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="65"/>
        <source>%1 of %2 points on the path you took · %3 % of the best possible in this scenario</source>
        <translation>%1 no %2 punktiem jūsu izvēlētajā ceļā · %3 % no labākā šajā scenārijā iespējamā rezultāta</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="74"/>
        <source>A critical error caps the result, whatever else went well.</source>
        <translation>Kritiska kļūda ierobežo rezultātu, lai cik labi būtu izdevies viss pārējais.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="74"/>
        <source>One step put you most at risk, so the result is capped. It can happen to anyone: look below at what to do next time.</source>
        <translation>Viens solis tevi apdraudēja visvairāk, tāpēc rezultāts ir ierobežots. Tā var notikt ar ikvienu: zemāk redzi, ko darīt nākamreiz.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="91"/>
        <source>Play again</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="98"/>
        <source>Back to scenarios</source>
        <translation>Atpakaļ uz scenārijiem</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="98"/>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="159"/>
        <source>Signs: %1 found, %2 missed, %3 flagged that were not signs</source>
        <translation>Pazīmes: atrastas — %1, nepamanītas — %2, atzīmēts bez pamata — %3</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="159"/>
        <source>Traps: %1 found, %2 missed, %3 flagged that were not traps</source>
        <translation>Slazdi: %1 atrasti, %2 nepamanīti, %3 atzīmēti, kas nebija slazdi</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="174"/>
        <source>Your questions: %1 of %2 of a recommended kind</source>
        <translation>Jūsu jautājumi: %1 no %2 ir ieteicama veida</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="195"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="200"/>
        <source>Recommended: </source>
        <translation>Ieteicams: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="200"/>
        <source>Not recommended: </source>
        <translation>Nav ieteicams: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="207"/>
        <source>What to learn from this attempt</source>
        <translation>Ko mācīties no šī mēģinājuma</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="275"/>
        <source>The conversation again, with the signs marked</source>
        <translation>Saruna vēlreiz, ar iezīmētām pazīmēm</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="275"/>
        <source>The messages again, with the traps marked</source>
        <translation>Ziņas vēlreiz, ar atzīmētiem slazdiem</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="283"/>
        <source>Green: a sign you noticed. Orange: a sign you missed. Red: flagged, but not a sign.</source>
        <translation>Zaļš: pazīme, ko pamanījāt. Oranžs: pazīme, ko palaidāt garām. Sarkans: atzīmēts, bet nav pazīme.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="283"/>
        <source>Green: a trap you noticed. Orange: a trap you missed. Red: flagged, but not a trap.</source>
        <translation>Zaļš: slazds, ko pamanīji. Oranžs: slazds, ko nepamanīji. Sarkans: atzīmēts, bet nav slazds.</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Noticed: </source>
        <translation>Pamanīts: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Missed: </source>
        <translation>Nepamanīts: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Not a sign: </source>
        <translation>Nav pazīme: </translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="350"/>
        <source>The referral path this case calls for</source>
        <translation>Nosūtīšanas ceļš, kas vajadzīgs šajā gadījumā</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="350"/>
        <source>Who could help</source>
        <translation>Kas varētu palīdzēt</translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="395"/>
        <source>Your earlier attempts: %1</source>
        <translation>Jūsu iepriekšējie mēģinājumi: %1</translation>
    </message>
</context>
<context>
    <name>DialogueLine</name>
    <message>
        <location filename="../qml/DialogueLine.qml" line="76"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="88"/>
        <source>■ Stop</source>
        <translation>■ Apturēt</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="88"/>
        <source>▶ Listen</source>
        <translation>▶ Klausīties</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="89"/>
        <source>Stop the voice</source>
        <translation>Apturēt atskaņošanu</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="89"/>
        <source>Listen to %1</source>
        <translation>Klausīties: %1</translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="117"/>
        <source>Flagged: </source>
        <translation>Atzīmēts: </translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="118"/>
        <source>Press Enter to flag this as a sign</source>
        <translation>Nospiediet Enter, lai atzīmētu šo kā pazīmi</translation>
    </message>
</context>
<context>
    <name>EffectList</name>
    <message>
        <location filename="../qml/EffectList.qml" line="24"/>
        <source>Then</source>
        <translation>Tad</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="24"/>
        <source>Then: no variable changes</source>
        <translation>Tad: neviens mainīgais nemainās</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="31"/>
        <source>Add a change</source>
        <translation>Pievienot izmaiņu</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="51"/>
        <source>Variable of change %1</source>
        <translation>%1. izmaiņas mainīgais</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="59"/>
        <source>changes by</source>
        <translation>mainās par</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="59"/>
        <source>becomes</source>
        <translation>kļūst</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="60"/>
        <source>How change %1 works</source>
        <translation>Kā darbojas %1. izmaiņa</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="71"/>
        <source>Number of change %1</source>
        <translation>%1. izmaiņas skaitlis</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="75"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="77"/>
        <source>Remove change %1</source>
        <translation>Noņemt %1. izmaiņu</translation>
    </message>
</context>
<context>
    <name>FlagMenu</name>
    <message>
        <location filename="../qml/FlagMenu.qml" line="65"/>
        <source>Something is wrong here</source>
        <translation>Šeit kaut kas nav kārtībā</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="73"/>
        <source>Remove the flag</source>
        <translation>Noņemt atzīmi</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="84"/>
        <source>…or find the indicator</source>
        <translation>…vai atrodiet rādītāju</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="85"/>
        <source>Find an indicator</source>
        <translation>Meklēt rādītāju</translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="123"/>
        <source>No indicator matches “%1”. Flag it as “Something is wrong here”, or try another word.</source>
        <translation>Vaicājumam “%1” neatbilst neviens rādītājs. Atzīmējiet to kā “Šeit kaut kas nav kārtībā” vai izmēģiniet citu vārdu.</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="17"/>
        <source>completed</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="19"/>
        <source>stopped</source>
        <translation>pārtraukts</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="20"/>
        <source>not finished</source>
        <translation>nav pabeigts</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="48"/>
        <source>My history</source>
        <translation>Mana vēsture</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="54"/>
        <source>No attempts yet.</source>
        <translation>Vēl nav neviena mēģinājuma.</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="102"/>
        <source>Debrief</source>
        <translation>Atskats</translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="103"/>
        <source>Open the debrief of %1 from %2</source>
        <translation>Atvērt atskatu: “%1”, %2</translation>
    </message>
</context>
<context>
    <name>IdListField</name>
    <message>
        <location filename="../qml/IdListField.qml" line="42"/>
        <source>Remove %1</source>
        <translation>Noņemt %1</translation>
    </message>
    <message>
        <location filename="../qml/IdListField.qml" line="55"/>
        <source>Add…</source>
        <translation>Pievienot…</translation>
    </message>
    <message>
        <location filename="../qml/IdListField.qml" line="56"/>
        <source>Add to %1</source>
        <translation>Pievienot: %1</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguages</name>
    <message>
        <location filename="../src/interfacelanguages.cpp" line="21"/>
        <source>English</source>
        <comment>The name of this translation&apos;s language, written in that language: Latviešu, Русский</comment>
        <translation>Latviešu</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="41"/>
        <source>Scenarios</source>
        <translation>Scenāriji</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="51"/>
        <source>All forms</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="54"/>
        <location filename="../qml/LibraryScreen.qml" line="201"/>
        <source>No trafficking (control)</source>
        <translation>Bez cilvēku tirdzniecības (kontrole)</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="58"/>
        <source>Filter by form of trafficking</source>
        <translation>Filtrēt pēc cilvēku tirdzniecības veida</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="67"/>
        <source>All audiences</source>
        <translation>Visas auditorijas</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="71"/>
        <source>Filter by audience</source>
        <translation>Atlasīt pēc auditorijas</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="75"/>
        <source>My history</source>
        <translation>Mana vēsture</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="92"/>
        <source>You left “%1” before the end. Continue where you stopped?</source>
        <translation>Scenāriju “%1” jūs pametāt nepabeigtu. Turpināt no vietas, kur apstājāties?</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="100"/>
        <source>Continue</source>
        <translation>Turpināt</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="181"/>
        <source>Edited by your team</source>
        <translation>Labojusi jūsu komanda</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="192"/>
        <source>Not in %1 yet: its texts show in another language</source>
        <translation>Vēl nav valodā „%1”: teksti rādīsies citā valodā</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryScreen.qml" line="201"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="217"/>
        <source>For: %1</source>
        <translation>Kam paredzēts: %1</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="227"/>
        <source>Not played yet</source>
        <translation>Vēl nav mēģināts</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="227"/>
        <source>Your best: %1 %</source>
        <translation>Jūsu labākais: %1 %</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="235"/>
        <source>Play</source>
        <translation>Sākt</translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="236"/>
        <source>Play %1</source>
        <translation>Sākt scenāriju “%1”</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Saskati — recognise and refer</source>
        <translation type="vanished">Saskati — pamani un palīdzi</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="133"/>
        <source>Recognise and refer</source>
        <translation>Pamani un palīdzi</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="161"/>
        <source>Not saved</source>
        <translation>Bez saglabāšanas</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="165"/>
        <source>Results are not saved in this window</source>
        <translation>Šajā logā rezultāti netiek saglabāti</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="169"/>
        <source>Signed in: %1</source>
        <translation>Dalībnieks: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="177"/>
        <source>Home</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="186"/>
        <source>Interface language: %1</source>
        <translation>Saskarnes valoda: %1</translation>
    </message>
    <message>
        <source>Switch the interface language</source>
        <translation type="vanished">Pārslēgt saskarnes valodu</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="212"/>
        <source>Voices: auto</source>
        <translation>Balsis: automātiski</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="212"/>
        <source>Voices: on request</source>
        <translation>Balsis: pēc pieprasījuma</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="213"/>
        <source>Play the voices of a scene by themselves</source>
        <translation>Atskaņot ainas balsis automātiski</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="218"/>
        <source>Smaller text</source>
        <translation>Mazāks teksts</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="223"/>
        <source>Larger text</source>
        <translation>Lielāks teksts</translation>
    </message>
    <message>
        <source>Run a seminar</source>
        <translation type="vanished">Vadīt semināru</translation>
    </message>
    <message>
        <source>Review results</source>
        <translation type="vanished">Pārskatīt rezultātus</translation>
    </message>
    <message>
        <source>This part of Saskati is being built. Practice works today.</source>
        <translation type="vanished">Šī Saskati daļa vēl tiek veidota. Trenēties var jau tagad.</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../qml/Notebook.qml" line="19"/>
        <source>Notebook (%1)</source>
        <translation>Piezīmes (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="27"/>
        <source>Nothing flagged yet. Select a sentence or a part of the picture that worries you.</source>
        <translation>Vēl nekas nav atzīmēts. Izvēlieties teikumu vai attēla daļu, kas jums rada bažas.</translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="61"/>
        <source>Remove this flag</source>
        <translation>Noņemt šo atzīmi</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="19"/>
        <source>The coordinator&apos;s password</source>
        <translation>Koordinatora parole</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="38"/>
        <source>At least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.</source>
        <translation>Vismaz 8 rakstzīmes. Dalībnieki to nedrīkst zināt; glabājiet to turpat, kur komanda glabā citas savas paroles.</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="48"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="49"/>
        <source>Coordinator&apos;s password</source>
        <translation>Koordinatora parole</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="58"/>
        <source>The same again</source>
        <translation>Vēlreiz to pašu</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="59"/>
        <source>Repeat the password</source>
        <translation>Atkārtojiet paroli</translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="74"/>
        <source>Set the password</source>
        <translation>Iestatīt paroli</translation>
    </message>
</context>
<context>
    <name>PictureEditor</name>
    <message>
        <location filename="../qml/PictureEditor.qml" line="37"/>
        <source>Picture</source>
        <translation>Attēls</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="43"/>
        <source>Replace the picture…</source>
        <translation>Nomainīt attēlu…</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="43"/>
        <source>Choose a picture…</source>
        <translation>Izvēlēties attēlu…</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="59"/>
        <source>Drag on the picture to draw a region the trainee can flag.</source>
        <translation>Velciet pār attēlu, lai iezīmētu apgabalu, ko dalībnieks var atzīmēt.</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="74"/>
        <source>The scene&apos;s picture</source>
        <translation>Ainas attēls</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="151"/>
        <source>Arrows move it, Shift+arrows resize it</source>
        <translation>Bultiņas to pārvieto, Shift+bultiņas maina tā izmēru</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="215"/>
        <source>What the picture shows (read aloud to those who cannot see it)</source>
        <translation>Kas redzams attēlā (nolasa tiem, kas to neredz)</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="150"/>
        <location filename="../qml/PictureEditor.qml" line="226"/>
        <source>Region %1</source>
        <translation>Apgabals %1</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="237"/>
        <source>Remove the region</source>
        <translation>Noņemt apgabalu</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="247"/>
        <source>Choose a picture for the scene</source>
        <translation>Izvēlieties ainai attēlu</translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="249"/>
        <source>Pictures (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Attēli (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PlantedDetailList</name>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="21"/>
        <source>Planted details (a leading question can plant a wrong detail the trainee then acts on; the debrief traces it back)</source>
        <translation>Nepatiesas detaļas (uzvedinošs jautājums var radīt nepatiesu detaļu, uz kuras pamata apmācāmais pēc tam rīkojas; atskatā tā tiek izsekota līdz jautājumam)</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="49"/>
        <source>Planted detail %1, named</source>
        <translation>%1. nepatiesā detaļa, nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="59"/>
        <source>Name of planted detail %1</source>
        <translation>%1. nepatiesās detaļas nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="62"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="64"/>
        <source>Remove planted detail %1</source>
        <translation>Noņemt %1. nepatieso detaļu</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="71"/>
        <source>What the answer seems to establish</source>
        <translation>Ko atbilde šķietami apliecina</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="77"/>
        <source>What is in fact the case</source>
        <translation>Kā ir patiesībā</translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="85"/>
        <source>Add a planted detail</source>
        <translation>Pievienot nepatiesu detaļu</translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <location filename="../qml/PlayScreen.qml" line="137"/>
        <source>Step %1</source>
        <translation>%1. solis</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="144"/>
        <source>Notebook (%1)</source>
        <translation>Piezīmes (%1)</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="149"/>
        <source>Step out</source>
        <translation>Iziet uz brīdi</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="150"/>
        <source>Pause and leave; your progress is kept</source>
        <translation>Pārtraukt un iziet; jūsu progress tiks saglabāts</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="163"/>
        <source>Preview, not recorded. Points so far: signs %1 · conduct %2 · referral %3 · assessment %4 · total %5</source>
        <translation>Priekšskatījums, netiek ierakstīts. Punkti līdz šim: pazīmes %1 · saruna %2 · nosūtīšana %3 · vērtējums %4 · kopā %5</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="163"/>
        <source>Variables: %1</source>
        <translation>Mainīgie: %1</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="216"/>
        <source>Flagged: </source>
        <translation>Atzīmēts: </translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="217"/>
        <source>A part of the picture; press Enter to flag it</source>
        <translation>Attēla daļa; nospiediet Enter, lai to atzīmētu</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="253"/>
        <source>Feedback: after each question</source>
        <translation>Vērtējums: pēc katra jautājuma</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="253"/>
        <source>Feedback: at the end</source>
        <translation>Vērtējums: beigās</translation>
    </message>
    <message>
        <source>Feedback after each question: on</source>
        <translation type="vanished">Atgriezeniskā saite pēc katra jautājuma: ieslēgta</translation>
    </message>
    <message>
        <source>Feedback after each question: off</source>
        <translation type="vanished">Atgriezeniskā saite pēc katra jautājuma: izslēgta</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="254"/>
        <source>Feedback after each question (practice) or only at the end (assessment)</source>
        <translation>Atgriezeniskā saite pēc katra jautājuma (vingrināšanās) vai tikai beigās (vērtēšana)</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="335"/>
        <source>Next message ▶</source>
        <translation>Nākamā ziņa ▶</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="336"/>
        <source>Show the next message (%1 of %2 shown)</source>
        <translation>Rādīt nākamo ziņu (parādītas %1 no %2)</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="341"/>
        <source>Show all</source>
        <translation>Rādīt visas</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="342"/>
        <source>Show all the messages</source>
        <translation>Rādīt visas ziņas</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="354"/>
        <source>%1 of %2 messages</source>
        <translation>%1 no %2 ziņām</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="381"/>
        <source>Your question: %1, a recommended kind.</source>
        <translation>Jūsu jautājums: %1 — ieteicams veids.</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="381"/>
        <source>Your question: %1, not a recommended kind.</source>
        <translation>Jūsu jautājums: %1 — nav ieteicams veids.</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="404"/>
        <source>Something worries you? Click a sentence or a part of the picture (or Tab to it and press Enter) to flag it.</source>
        <translation>Kaut kas rada bažas? Noklikšķiniet uz teikuma vai attēla daļas (vai pārejiet uz to ar Tab un nospiediet Enter), lai to atzīmētu.</translation>
    </message>
    <message>
        <source>Plan saved. You can change it and save again before you go on.</source>
        <translation type="vanished">Plāns saglabāts. Pirms turpināt, varat to mainīt un saglabāt vēlreiz.</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="455"/>
        <source>What do you do?</source>
        <translation>Ko jūs darīsiet?</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="455"/>
        <source>What do you say?</source>
        <translation>Ko jūs sakāt?</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="515"/>
        <source>Step out?</source>
        <translation>Iziet uz brīdi?</translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="522"/>
        <source>Your progress is kept. Next time you can continue exactly where you stopped.</source>
        <translation>Jūsu progress tiks saglabāts. Nākamreiz varēsiet turpināt tieši no vietas, kur apstājāties.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="33"/>
        <source>Open answers</source>
        <translation>Atvērt atbildes</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="33"/>
        <source>Next message</source>
        <translation>Nākamā ziņa</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="25"/>
        <location filename="../qml/PresenterConsole.qml" line="35"/>
        <source>Close answers</source>
        <translation>Slēgt atbildes</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="37"/>
        <source>Reveal the answers</source>
        <translation>Parādīt atbildes</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="39"/>
        <source>Go on</source>
        <translation>Turpināt</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="29"/>
        <location filename="../qml/PresenterConsole.qml" line="41"/>
        <source>Next</source>
        <translation>Tālāk</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="27"/>
        <source>Show the take-away</source>
        <translation>Rādīt atgādni</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="27"/>
        <source>Back to the room</source>
        <translation>Atpakaļ uz semināru</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="47"/>
        <source>Knowledge check open</source>
        <translation>Zināšanu pārbaude atvērta</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="49"/>
        <source>Knowledge check closed</source>
        <translation>Zināšanu pārbaude slēgta</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="51"/>
        <source>Take-away on screen</source>
        <translation>Atgādne ekrānā</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="55"/>
        <source>Waiting to start</source>
        <translation>Gaida sākumu</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="57"/>
        <source>Scene on screen</source>
        <translation>Aina ekrānā</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="59"/>
        <source>Answers open</source>
        <translation>Atbildes atvērtas</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="61"/>
        <source>Answers closed</source>
        <translation>Atbildes slēgtas</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="63"/>
        <source>Spread revealed: discuss</source>
        <translation>Sadalījums parādīts: pārrunājiet</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="65"/>
        <source>Scenario ended</source>
        <translation>Scenārijs beidzies</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="137"/>
        <source>Time in this step</source>
        <translation>Laiks šajā solī</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="141"/>
        <source>Joined: %1  ·  Answered: %2</source>
        <translation>Pievienojušies: %1  ·  Atbildējuši: %2</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="141"/>
        <source>Joined: %1  ·  Answered all: %2</source>
        <translation>Pievienojušies: %1  ·  Atbildējuši uz visiem: %2</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="203"/>
        <source>Practice: the room sees each question&apos;s type when revealed (off: assessment, only at the end)</source>
        <translation>Treniņš: grupa redz katra jautājuma veidu, kad atbildes atklātas (izslēgts: pārbaude, tikai beigās)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="219"/>
        <source>Options (the key is for you: the room sees it only when revealed)</source>
        <translation>Atbilžu varianti (vērtējums paredzēts jums: grupa to redz tikai pēc atbilžu parādīšanas)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="347"/>
        <source>Knowledge check and take-away</source>
        <translation>Zināšanu pārbaude un atgādne</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="364"/>
        <source>Check before</source>
        <translation>Pārbaude sākumā</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="365"/>
        <source>Open the knowledge check before the seminar on the phones</source>
        <translation>Atvērt zināšanu pārbaudi pirms semināra tālruņos</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="373"/>
        <source>Check after</source>
        <translation>Pārbaude beigās</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="374"/>
        <source>Open the same knowledge check after the seminar on the phones</source>
        <translation>Atvērt to pašu zināšanu pārbaudi pēc semināra tālruņos</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="382"/>
        <source>Take-away</source>
        <translation>Atgādne</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="383"/>
        <source>Show the take-away on the projector and the phones</source>
        <translation>Rādīt atgādni projektora ekrānā un tālruņos</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="408"/>
        <source>Save the take-away as a one-page PDF to print: %1</source>
        <translation>Saglabāt atgādni kā vienas lapas PDF drukāšanai: %1</translation>
    </message>
    <message>
        <source>Save take-away PDF</source>
        <translation type="vanished">Saglabāt atgādni PDF</translation>
    </message>
    <message>
        <source>Save the take-away as a one-page PDF to print</source>
        <translation type="vanished">Saglabāt atgādni kā vienas lapas PDF drukāšanai</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="416"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="417"/>
        <source>Open the saved take-away to print it</source>
        <translation>Atvērt saglabāto atgādni, lai to izdrukātu</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PresenterConsole.qml" line="425"/>
        <source>Saved: %1. %n number(s) on it not yet confirmed with the institution: check before you hand it out.</source>
        <translation>
            <numerusform>Saglabāts: %1. %n tajā minētais numurs vēl nav apstiprināts iestādē: pārbaudiet pirms izdalīšanas.</numerusform>
            <numerusform>Saglabāts: %1. %n tajā minētie numuri vēl nav apstiprināti iestādē: pārbaudiet pirms izdalīšanas.</numerusform>
            <numerusform>Saglabāts: %1. %n tajā minētie numuri vēl nav apstiprināti iestādē: pārbaudiet pirms izdalīšanas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="425"/>
        <source>Saved: %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="448"/>
        <source>Open joining (J)</source>
        <translation>Atvērt pievienošanos (J)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="465"/>
        <source>Many wrong PINs: someone may be guessing it. Joining is paused for a while; phones already in go on. A new PIN lets people join now.</source>
        <translation>Daudz nepareizu PIN kodu: iespējams, kāds mēģina to uzminēt. Pievienošanās uz laiku apturēta; jau pievienojušies tālruņi turpina. Ar jaunu PIN kodu var pievienoties uzreiz.</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="478"/>
        <source>New PIN</source>
        <translation>Jauns PIN</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="479"/>
        <source>Give a new PIN for joining</source>
        <translation>Dot jaunu PIN kodu pievienošanai</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="520"/>
        <source>Leave the seminar</source>
        <translation>Iziet no semināra</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="549"/>
        <source>Nobody answered: count hands or choose for the room.</source>
        <translation>Neviens neatbildēja: saskaitiet paceltās rokas vai izvēlieties grupas vārdā.</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="602"/>
        <source>%1 votes</source>
        <translation>Balsis: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="614"/>
        <source>Hands for: %1</source>
        <translation>Paceltas rokas par: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="616"/>
        <source>Show of hands</source>
        <translation>Balsošana, paceļot rokas</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="621"/>
        <source>Room&apos;s choice ✓</source>
        <translation>Grupas izvēle ✓</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="621"/>
        <source>Choose for the room</source>
        <translation>Izvēlēties grupas vārdā</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="622"/>
        <source>Choose for the room: %1</source>
        <translation>Izvēlēties grupas vārdā: %1</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="239"/>
        <source>Signs in this scene, and how many flagged them</source>
        <translation>Pazīmes šajā ainā un cik dalībnieku tās atzīmēja</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="254"/>
        <source>not a sign</source>
        <translation>nav pazīme</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="280"/>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="293"/>
        <source>Scenario to play</source>
        <translation>Scenārijs, ko sākt</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="305"/>
        <source>Participants answer on phones (recorded)</source>
        <translation>Dalībnieki atbild tālruņos (atbildes tiek saglabātas)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="327"/>
        <source>Start (F5)</source>
        <translation>Sākt (F5)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="333"/>
        <source>Stop</source>
        <translation>Pārtraukt</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="339"/>
        <source>Timer off</source>
        <translation>Izslēgt taimeri</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="339"/>
        <source>60 s timer</source>
        <translation>60 s taimeris</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="395"/>
        <source>Take-away PDF</source>
        <translation>Atgādne PDF</translation>
    </message>
    <message>
        <source>LV</source>
        <translation type="vanished">LV</translation>
    </message>
    <message>
        <source>Save the take-away in Latvian as a one-page PDF to print</source>
        <translation type="vanished">Saglabāt atgādni latviski kā vienas lapas PDF drukāšanai</translation>
    </message>
    <message>
        <source>EN</source>
        <translation type="vanished">EN</translation>
    </message>
    <message>
        <source>Save the take-away in English as a one-page PDF to print</source>
        <translation type="vanished">Saglabāt atgādni angliski kā vienas lapas PDF drukāšanai</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="432"/>
        <source>Joining</source>
        <translation>Pievienošanās</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="443"/>
        <source>The network the phones are on</source>
        <translation>Tīkls, kuram pieslēgti tālruņi</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="448"/>
        <source>Close joining</source>
        <translation>Slēgt pievienošanos</translation>
    </message>
    <message>
        <source>Open joining</source>
        <translation type="vanished">Atvērt pievienošanos</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="487"/>
        <source>Dropped messages: %1 malformed, %2 over the rate</source>
        <translation>Atmestie ziņojumi: nederīgi — %1, pārsniegts sūtīšanas biežums — %2</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="494"/>
        <source>Who is here (✓ answered this decision)</source>
        <translation>Klātesošie (✓ — atbildējis šajā lēmumā)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="541"/>
        <source>◀ Back (PageUp)</source>
        <translation>◀ Atpakaļ (PageUp)</translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="549"/>
        <source>The room goes on with the option marked blue.</source>
        <translation>Grupa turpina ar zilā krāsā iezīmēto variantu.</translation>
    </message>
    <message>
        <source>Nobody answered: choose for the room.</source>
        <translation type="vanished">Neviens neatbildēja: izvēlieties grupas vārdā.</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>Judgement: trafficking, labour rights or neither</source>
        <translation>Vērtējums: cilvēku tirdzniecība, darba tiesības vai neviens no tiem</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>The ILO/EC dimensions</source>
        <translation>SDO/EK dimensijas</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>One right answer</source>
        <translation>Viena pareiza atbilde</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>Several right answers</source>
        <translation>Vairākas pareizas atbildes</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="40"/>
        <source>Question %1</source>
        <translation>%1. jautājums</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="50"/>
        <source>Kind of question %1</source>
        <translation>%1. jautājuma veids</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="57"/>
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="66"/>
        <source>Points of question %1</source>
        <translation>%1. jautājuma punkti</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="70"/>
        <source>Remove question</source>
        <translation>Noņemt jautājumu</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="78"/>
        <source>The question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="84"/>
        <source>Key by the ILO/EC rule</source>
        <translation>Atslēga pēc SDO/EK noteikuma</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="93"/>
        <source>The right answer is worked out from the scenario&apos;s signs, and follows them when they change.</source>
        <translation>Pareizo atbildi nosaka pēc scenārija pazīmēm, un tā mainās līdz ar tām.</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="93"/>
        <source>The right answer is the one marked below.</source>
        <translation>Pareizā ir zemāk atzīmētā atbilde.</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="109"/>
        <source>Option %1 (%2)</source>
        <translation>%1. variants (%2)</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="119"/>
        <source>Right or not: the rule decides</source>
        <translation>Pareiza vai ne: nosaka noteikums</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="119"/>
        <source>A right answer</source>
        <translation>Pareiza atbilde</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="120"/>
        <source>Option %1 is a right answer</source>
        <translation>%1. variants ir pareiza atbilde</translation>
    </message>
    <message>
        <source>Option %1 (%2): the rule decides</source>
        <translation type="vanished">%1. variants (%2): nosaka noteikums</translation>
    </message>
    <message>
        <source>Option %1 (%2) is right</source>
        <translation type="vanished">%1. variants (%2) ir pareizs</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="126"/>
        <source>Remove option</source>
        <translation>Noņemt variantu</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="128"/>
        <source>Remove option %1</source>
        <translation>Noņemt %1. variantu</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="146"/>
        <source>Add an option</source>
        <translation>Pievienot variantu</translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="153"/>
        <source>Explanation shown after answering</source>
        <translation>Skaidrojums, ko rāda pēc atbildes</translation>
    </message>
</context>
<context>
    <name>ReferralComposer</name>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="22"/>
        <source>Immediately</source>
        <translation>Nekavējoties</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="25"/>
        <source>The same day</source>
        <translation>Tajā pašā dienā</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="28"/>
        <source>Within days</source>
        <translation>Dažu dienu laikā</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="31"/>
        <source>When the person is ready</source>
        <translation>Kad persona ir gatava</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="121"/>
        <source>Who should be involved?</source>
        <translation>Kuras iestādes iesaistīt?</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="169"/>
        <source>Your plan, in order</source>
        <translation>Jūsu plāns pēc kārtas</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="178"/>
        <source>Tick the institutions to involve. Then set how urgent each one is and put them in the order you would contact them.</source>
        <translation>Atzīmējiet iestādes, kuras iesaistīt. Pēc tam norādiet katras steidzamību un sakārtojiet tās secībā, kādā ar tām sazinātos.</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="224"/>
        <source>How urgent: %1</source>
        <translation>Steidzamība: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="232"/>
        <source>Earlier: %1</source>
        <translation>Pārcelt agrāk: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="238"/>
        <source>Later: %1</source>
        <translation>Pārcelt vēlāk: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="244"/>
        <source>Take out of the plan: %1</source>
        <translation>Izņemt no plāna: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="259"/>
        <source>Saved ✓</source>
        <translation>Saglabāts ✓</translation>
    </message>
    <message>
        <source>Plan saved ✓ — save again after changes</source>
        <translation type="vanished">Plāns saglabāts ✓ — pēc izmaiņām saglabājiet vēlreiz</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="274"/>
        <source>Plan saved. You can change it and save again before you go on.</source>
        <translation>Plāns saglabāts. Pirms turpināt, varat to mainīt un saglabāt vēlreiz.</translation>
    </message>
    <message>
        <source>How urgent</source>
        <translation type="vanished">Steidzamība</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="vanished">Pārcelt agrāk</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="vanished">Pārcelt vēlāk</translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="259"/>
        <source>Save this plan</source>
        <translation>Saglabāt plānu</translation>
    </message>
</context>
<context>
    <name>ReplyLineEditor</name>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="45"/>
        <source>Answer line %1, said by</source>
        <translation>%1. atbildes replika, saka</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="53"/>
        <source>Who says answer line %1</source>
        <translation>Kas saka %1. atbildes repliku</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="59"/>
        <source>Unreliable (said to please or to end it)</source>
        <translation>Neuzticama (pateikta, lai izpatiktu vai beigtu sarunu)</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="65"/>
        <source>Remove line</source>
        <translation>Noņemt repliku</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="67"/>
        <source>Remove answer line %1</source>
        <translation>Noņemt %1. atbildes repliku</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="80"/>
        <source>It plants the wrong detail</source>
        <translation>Tā rada nepatieso detaļu</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="88"/>
        <source>none</source>
        <translation>nevienu</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="89"/>
        <source>The wrong detail answer line %1 plants</source>
        <translation>Nepatiesā detaļa, ko rada %1. atbildes rinda</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="97"/>
        <source>(add one under “Scenario, endings, referral key”)</source>
        <translation>(pievienojiet to sadaļā “Scenārijs, nobeigumi, nosūtīšanas atslēga”)</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="115"/>
        <source>Said only when, after the move</source>
        <translation>Saka tikai tad, ja pēc soļa</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="122"/>
        <source>Only if asked before:</source>
        <translation>Tikai tad, ja iepriekš jautāts:</translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="129"/>
        <source>Only if not asked before:</source>
        <translation>Tikai tad, ja iepriekš nav jautāts:</translation>
    </message>
</context>
<context>
    <name>RestsOnField</name>
    <message>
        <location filename="../qml/RestsOnField.qml" line="15"/>
        <source>Acts on a planted detail:</source>
        <translation>Balstās uz nepatiesas detaļas:</translation>
    </message>
</context>
<context>
    <name>ResultsFileDialog</name>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="13"/>
        <source>Open or create a results file</source>
        <translation>Atvērt vai izveidot rezultātu failu</translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="15"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="18"/>
        <source>Saskati results (*.sqlite)</source>
        <translation>Saskati rezultāti (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="18"/>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
</context>
<context>
    <name>ReviewDecisionsTab</name>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="15"/>
        <source>Choose a scenario to see how its decisions work.</source>
        <translation>Izvēlieties scenāriju, lai redzētu, kā darbojas tā lēmumi.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="15"/>
        <source>F: facility (how many got it right) · DI: discrimination index · DE: discriminative efficiency; below 15 % the decision does not tell stronger from weaker trainees</source>
        <translation>V: vieglums (cik atbildēja pareizi) · DI: diskriminācijas indekss · DE: diskriminācijas efektivitāte; ja DE ir zem 15 %, lēmums neatšķir spēcīgākus dalībniekus no vājākiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>%1 attempts · F %2 % · DI %3 · DE %4</source>
        <translation>Mēģinājumi: %1 · V %2 % · DI %3 · DE %4</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>dubious</source>
        <translation>apšaubāms</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>%n critical error(s) ⚠</source>
        <translation>
            <numerusform>%n kritiska kļūda ⚠</numerusform>
            <numerusform>%n kritiskas kļūdas ⚠</numerusform>
            <numerusform>%n kritisku kļūdu ⚠</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDirectoryTab</name>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="28"/>
        <source>Check each contact with the institution, correct it, tick &quot;verified today&quot; and save. Debriefs show these contacts with the date.</source>
        <translation>Pārbaudiet katru kontaktu iestādē, izlabojiet to, atzīmējiet “pārbaudīts šodien” un saglabājiet. Atskatos šie kontakti redzami ar datumu.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="48"/>
        <source>verified %1</source>
        <translation>pārbaudīts %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="48"/>
        <source>not verified yet</source>
        <translation>vēl nav pārbaudīts</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="60"/>
        <source>Source: %1</source>
        <translation>Avots: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="69"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="70"/>
        <source>Phone of %1</source>
        <translation>%1 tālrunis</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="76"/>
        <source>Free phone</source>
        <translation>Bezmaksas tālrunis</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="77"/>
        <source>Free phone of %1</source>
        <translation>%1 bezmaksas tālrunis</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="83"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="84"/>
        <source>E-mail of %1</source>
        <translation>%1 e-pasts</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="90"/>
        <source>Website</source>
        <translation>Tīmekļvietne</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="91"/>
        <source>Website of %1</source>
        <translation>%1 tīmekļvietne</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="97"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="98"/>
        <source>Address of %1</source>
        <translation>%1 adrese</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="105"/>
        <source>Hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="106"/>
        <source>Hours of %1</source>
        <translation>%1 darba laiks</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="113"/>
        <source>verified today</source>
        <translation>pārbaudīts šodien</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="118"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="119"/>
        <source>Save the contacts of %1</source>
        <translation>Saglabāt %1 kontaktus</translation>
    </message>
</context>
<context>
    <name>ReviewImprovementTab</name>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="22"/>
        <source>Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.</source>
        <translation>Ar šiem filtriem vēl neviens nav pabeidzis vienu un to pašu scenāriju divreiz: lai redzētu izaugsmi, vajadzīgs vienas personas pirmais un kāds vēlāks mēģinājums.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="30"/>
        <source>Participants with two or more completed attempts of a scenario: %1</source>
        <translation>Dalībnieki, kas vienu scenāriju pabeiguši divas vai vairāk reizes: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="38"/>
        <source>First attempt %1 % → latest %2 %</source>
        <translation>Pirmais mēģinājums %1 % → pēdējais %2 %</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="47"/>
        <source>Class gain: %1 · mean of individual gains: %2</source>
        <translation>Grupas pieaugums: %1 · vidējais individuālais pieaugums: %2</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="54"/>
        <source>Hake&apos;s normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.</source>
        <translation>Heika normalizētais pieaugums: (pēdējais − pirmais) / (100 − pirmais). Zem 0,3 — zems, 0,3–0,7 — vidējs, virs 0,7 — augsts.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="65"/>
        <source>Knowledge checks of prevention seminars</source>
        <translation>Preventīvo semināru zināšanu pārbaudes</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewImprovementTab.qml" line="81"/>
        <source>%1: right answers %2 % before → %3 % after; class gain %4 (%n answered both)</source>
        <translation>
            <numerusform>%1: pareizas atbildes %2 % pirms → %3 % pēc; grupas ieguvums %4 (abās reizēs atbildēja %n)</numerusform>
            <numerusform>%1: pareizas atbildes %2 % pirms → %3 % pēc; grupas ieguvums %4 (abās reizēs atbildēja %n)</numerusform>
            <numerusform>%1: pareizas atbildes %2 % pirms → %3 % pēc; grupas ieguvums %4 (abās reizēs atbildēja %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="81"/>
        <source>%1: nobody answered both rounds</source>
        <translation>%1: neviens neatbildēja abās reizēs</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="92"/>
        <source>Questions in conversations</source>
        <translation>Jautājumi sarunās</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="101"/>
        <source>No conversation has been held within these filters yet.</source>
        <translation>Šajos filtros vēl nav notikusi neviena saruna.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="110"/>
        <source>Recommended questions: %1 % of %2 asked</source>
        <translation>Ieteicamie jautājumi: %1 % no %2 uzdotajiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="124"/>
        <source>Attempt %1 (participants: %2): %3 % recommended of %4 questions</source>
        <translation>%1. mēģinājums (dalībnieki: %2): %3 % ieteicamo no %4 jautājumiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="142"/>
        <source>%1 (attempts: %2): %3 % recommended of %4 questions</source>
        <translation>%1 (mēģinājumi: %2): %3 % ieteicamu no %4 jautājumiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>%1 %2 % (%3)</source>
        <translation>%1 %2 % (%3)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>recommended</source>
        <translation>ieteicams</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>not recommended</source>
        <translation>nav ieteicams</translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="162"/>
        <source>Attempt 1 is each person&apos;s first attempt with a conversation; later rows pool fewer people. With one person or one seminar chosen, the rows are theirs.</source>
        <translation>1. mēģinājums ir katra cilvēka pirmais mēģinājums ar sarunu; vēlākās rindas apvieno mazāk cilvēku. Ja izvēlēts viens cilvēks vai viens seminārs, rindas ir viņa.</translation>
    </message>
</context>
<context>
    <name>ReviewIndicatorsTab</name>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="14"/>
        <source>Detection of each sign, worst first (found / times on the path; wrongly named)</source>
        <translation>Katras pazīmes atpazīšana, sākot ar vājāko rezultātu (atrasta / sastapta ceļā; kļūdaini norādīta)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="30"/>
        <source>wrongly named %1 %</source>
        <translation>kļūdaini norādīta %1 %</translation>
    </message>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="30"/>
        <source>too few to tell</source>
        <translation>par maz datu, lai spriestu</translation>
    </message>
</context>
<context>
    <name>ReviewOverviewTab</name>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="42"/>
        <location filename="../qml/ReviewOverviewTab.qml" line="150"/>
        <source>History of %1</source>
        <translation>%1 vēsture</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="50"/>
        <source>Back to all</source>
        <translation>Atpakaļ pie visiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="79"/>
        <source>Debrief</source>
        <translation>Atskats</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="80"/>
        <source>Open the debrief of the attempt of %1</source>
        <translation>Atvērt mēģinājuma atskatu: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="95"/>
        <source>Scores (percent of the best possible)</source>
        <translation>Rezultāti (procentos no labākā iespējamā)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="119"/>
        <source>Who took part: completed attempts · mean · best</source>
        <translation>Dalībnieki: pabeigti mēģinājumi · vidēji · labākais</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="126"/>
        <source>Replace names by codes</source>
        <translation>Aizstāt vārdus ar kodiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="127"/>
        <source>Replace the names of this seminar&apos;s participants by their codes, for good</source>
        <translation>Neatgriezeniski aizstāt šī semināra dalībnieku vārdus ar viņu kodiem</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="149"/>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="154"/>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="155"/>
        <source>Erase %1 and all their results</source>
        <translation>Dzēst %1 un visus viņa rezultātus</translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="162"/>
        <source>By month: seminars · participants · attempts · mean score</source>
        <translation>Pa mēnešiem: semināri · dalībnieki · mēģinājumi · vidējais rezultāts</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="101"/>
        <source>Overview</source>
        <translation>Kopskats</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="116"/>
        <source>Who took part</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="116"/>
        <source>Participant</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Completed</source>
        <translation>Pabeigti</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Mean</source>
        <translation>Vidēji</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Best</source>
        <translation>Labākais</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="130"/>
        <source>History of %1</source>
        <translation>%1 vēsture</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="146"/>
        <source>Indicators</source>
        <translation>Pazīmes</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="146"/>
        <source>Sign</source>
        <translation>Pazīme</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="147"/>
        <source>Found</source>
        <translation>Atrasta</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="147"/>
        <source>Wrongly named</source>
        <translation>Kļūdaini norādīta</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="156"/>
        <source>fewer than 10 exposures: too few to tell</source>
        <translation>sastapta mazāk nekā 10 reizes: par maz datu, lai spriestu</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="163"/>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="164"/>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="169"/>
        <source>dubious</source>
        <translation>apšaubāms</translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewpdf.cpp" line="170"/>
        <source>%n critical error(s) ⚠</source>
        <translation>
            <numerusform>%n kritiska kļūda ⚠</numerusform>
            <numerusform>%n kritiskas kļūdas ⚠</numerusform>
            <numerusform>%n kritisku kļūdu ⚠</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="188"/>
        <source>Questions in conversations</source>
        <translation>Jautājumi sarunās</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="189"/>
        <source>Recommended questions: %1 % of %2 asked</source>
        <translation>Ieteicamie jautājumi: %1 % no %2 uzdotajiem</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="193"/>
        <source>Attempt</source>
        <translation>Mēģinājums</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="193"/>
        <source>Questions</source>
        <translation>Jautājumi</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="194"/>
        <source>Recommended</source>
        <translation>Ieteicamie</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="202"/>
        <source>Attempt %1 (participants: %2)</source>
        <translation>%1. mēģinājums (dalībnieki: %2)</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="209"/>
        <source>%1 (attempts: %2)</source>
        <translation>%1 (mēģinājumi: %2)</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="227"/>
        <source>Knowledge checks</source>
        <translation>Zināšanu pārbaudes</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="227"/>
        <source>Seminar</source>
        <translation>Seminārs</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="228"/>
        <source>Answered both</source>
        <translation>Atbildēja abās reizēs</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="228"/>
        <source>Right before</source>
        <translation>Pareizi pirms</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="229"/>
        <source>Right after</source>
        <translation>Pareizi pēc</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="229"/>
        <source>Normalised gain</source>
        <translation>Normalizētais ieguvums</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="243"/>
        <source>Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.</source>
        <translation>Ar šiem filtriem vēl neviens nav pabeidzis vienu un to pašu scenāriju divreiz: lai redzētu izaugsmi, vajadzīgs vienas personas pirmais un kāds vēlāks mēģinājums.</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="246"/>
        <source>Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → latest %3 %. Class gain: %4. Mean of individual gains: %5.</source>
        <translation>Dalībnieki, kas vienu scenāriju pabeiguši divas vai vairāk reizes: %1. Pirmais mēģinājums %2 % → pēdējais %3 %. Grupas pieaugums: %4. Vidējais individuālais pieaugums: %5.</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="253"/>
        <source>Improvement</source>
        <translation>Izaugsme</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="261"/>
        <source>Saskati — review of results</source>
        <translation>Saskati — rezultātu pārskats</translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="264"/>
        <source>Made %1</source>
        <translation>Izveidots: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPeopleTab</name>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="26"/>
        <source>Find anyone in the results by part of their name or code: solo trainees, seminar participants, people who stopped early or never played. Erasing deletes the person and all their results, also from the backups.</source>
        <translation>Atrodiet rezultātos jebkuru personu pēc vārda vai koda daļas: tos, kas trenējušies patstāvīgi, semināru dalībniekus, tos, kas pārtrauca priekšlaicīgi vai nav sākuši nevienu scenāriju. Dzēšot tiek izdzēsta persona un visi tās rezultāti, arī no rezerves kopijām.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="37"/>
        <source>Name or code</source>
        <translation>Vārds vai kods</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="38"/>
        <source>Find a participant by name or code</source>
        <translation>Meklēt dalībnieku pēc vārda vai koda</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="45"/>
        <source>Nobody&apos;s name or code contains “%1”.</source>
        <translation>Neviena dalībnieka vārdā vai kodā nav “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewPeopleTab.qml" line="68"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n mēģinājums</numerusform>
            <numerusform>%n mēģinājumi</numerusform>
            <numerusform>%n mēģinājumu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="76"/>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="77"/>
        <source>History of %1</source>
        <translation>%1 vēsture</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="82"/>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="83"/>
        <source>Erase %1 and all their results</source>
        <translation>Dzēst %1 un visus viņa rezultātus</translation>
    </message>
</context>
<context>
    <name>ReviewReportView</name>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="46"/>
        <source>Referral plan</source>
        <translation>Nosūtīšanas plāns</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="53"/>
        <source>%1, turn %2</source>
        <translation>%1, %2. gājiens</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="107"/>
        <source>completed</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="109"/>
        <source>abandoned</source>
        <translation>pārtraukts</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="111"/>
        <source>interrupted (the seminar was not resumed)</source>
        <translation>pārtraukts (seminārs netika turpināts)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="115"/>
        <source>not finished</source>
        <translation>nav pabeigts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="143"/>
        <source>%n completed attempt(s)</source>
        <translation>
            <numerusform>%n pabeigts mēģinājums</numerusform>
            <numerusform>%n pabeigti mēģinājumi</numerusform>
            <numerusform>%n pabeigtu mēģinājumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="144"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n dalībnieks</numerusform>
            <numerusform>%n dalībnieki</numerusform>
            <numerusform>%n dalībnieku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="144"/>
        <source>%n seminar(s)</source>
        <translation>
            <numerusform>%n seminārs</numerusform>
            <numerusform>%n semināri</numerusform>
            <numerusform>%n semināru</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="215"/>
        <source>low</source>
        <translation>zems</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="217"/>
        <source>medium</source>
        <translation>vidējs</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="219"/>
        <source>high</source>
        <translation>augsts</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="229"/>
        <source>none (every first attempt already scored 100 %)</source>
        <translation>nav (visos pirmajos mēģinājumos jau sasniegti 100 %)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="270"/>
        <source>none (everyone was right before already)</source>
        <translation>nav (visi atbildēja pareizi jau pirms)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="271"/>
        <source>none (nobody answered both rounds)</source>
        <translation>nav (neviens neatbildēja abās reizēs)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="279"/>
        <source>Feedback after each question (practice)</source>
        <translation>Vērtējums pēc katra jautājuma (treniņš)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="281"/>
        <source>Feedback at the end only (assessment)</source>
        <translation>Vērtējums tikai beigās (pārbaude)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="283"/>
        <source>Feedback switched during the attempt</source>
        <translation>Vērtējums pārslēgts mēģinājuma laikā</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="284"/>
        <source>Feedback not recorded (older attempts)</source>
        <translation>Vērtējuma iestatījums nav reģistrēts (vecāki mēģinājumi)</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="324"/>
        <source>all scenarios</source>
        <translation>visi scenāriji</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="325"/>
        <source>scenario %1</source>
        <translation>scenārijs %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="326"/>
        <source>all roles</source>
        <translation>visas lomas</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="326"/>
        <source>role %1</source>
        <translation>loma %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="328"/>
        <source>seminar %1</source>
        <translation>seminārs %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="330"/>
        <source>lecturer %1</source>
        <translation>lektors %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="332"/>
        <source>municipality %1</source>
        <translation>pašvaldība %1</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="334"/>
        <source>dates %1 to %2</source>
        <translation>datumi no %1 līdz %2</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="337"/>
        <source>the best attempt counts</source>
        <translation>vērtē labāko mēģinājumu</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="338"/>
        <source>the latest attempt counts</source>
        <translation>vērtē pēdējo mēģinājumu</translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="339"/>
        <source>the first attempt counts</source>
        <translation>vērtē pirmo mēģinājumu</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="169"/>
        <source>Review results</source>
        <translation>Rezultātu pārskats</translation>
    </message>
    <message>
        <source>Set the coordinator&apos;s password</source>
        <translation type="vanished">Iestatiet koordinatora paroli</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>The review shows every participant&apos;s results. Enter the coordinator&apos;s password.</source>
        <translation>Pārskatā redzami visu dalībnieku rezultāti. Ievadiet koordinatora paroli.</translation>
    </message>
    <message>
        <source>Nobody has set one on this laptop yet. Choose a password of at least 8 characters; trainees must not know it.</source>
        <translation type="vanished">Šajā klēpjdatorā parole vēl nav iestatīta. Izvēlieties vismaz 8 rakstzīmju garu paroli; dalībnieki to nedrīkst zināt.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="201"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="202"/>
        <source>Coordinator&apos;s password</source>
        <translation>Koordinatora parole</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="212"/>
        <source>The same again</source>
        <translation>Vēlreiz to pašu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="213"/>
        <source>Repeat the password</source>
        <translation>Atkārtojiet paroli</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="220"/>
        <source>Open the review</source>
        <translation>Atvērt pārskatu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="220"/>
        <source>Set the password and open</source>
        <translation>Iestatīt paroli un atvērt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="261"/>
        <source>This laptop&apos;s results</source>
        <translation>Šī datora rezultāti</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="265"/>
        <source>The server&apos;s results</source>
        <translation>Servera rezultāti</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="269"/>
        <source>Whose results</source>
        <translation>Kuru rezultāti</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="281"/>
        <source>All municipalities</source>
        <translation>Visas pašvaldības</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="283"/>
        <source>Municipality</source>
        <translation>Pašvaldība</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="294"/>
        <source>Read the server again</source>
        <translation>Nolasīt serveri vēlreiz</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="329"/>
        <source>All scenarios</source>
        <translation>Visi scenāriji</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="331"/>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="340"/>
        <source>All roles</source>
        <translation>Visas lomas</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="342"/>
        <source>Participants&apos; role</source>
        <translation>Dalībnieku loma</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="351"/>
        <source>All seminars</source>
        <translation>Visi semināri</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="353"/>
        <source>Seminar</source>
        <translation>Seminārs</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="363"/>
        <source>All lecturers</source>
        <translation>Visi lektori</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="365"/>
        <source>Lecturer</source>
        <translation>Lektors</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="380"/>
        <source>from YYYY-MM-DD</source>
        <translation>no GGGG-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="382"/>
        <source>From date</source>
        <translation>Sākuma datums</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="391"/>
        <source>to YYYY-MM-DD</source>
        <translation>līdz GGGG-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="393"/>
        <source>To date</source>
        <translation>Beigu datums</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="404"/>
        <source>first attempt counts</source>
        <translation>vērtē pirmo mēģinājumu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="408"/>
        <source>best attempt counts</source>
        <translation>vērtē labāko mēģinājumu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="412"/>
        <source>latest attempt counts</source>
        <translation>vērtē pēdējo mēģinājumu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="416"/>
        <source>Which attempt counts</source>
        <translation>Kuru mēģinājumu vērtēt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="430"/>
        <source>Clear filters</source>
        <translation>Notīrīt filtrus</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="447"/>
        <source>Save CSV</source>
        <translation>Saglabāt CSV</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="448"/>
        <source>Save every table as CSV files</source>
        <translation>Saglabāt visas tabulas CSV failos</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="108"/>
        <source>Saved in %1</source>
        <translation>Faili saglabāti mapē %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="460"/>
        <source>Save PDF report</source>
        <translation>Saglabāt PDF atskaiti</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="110"/>
        <source>Saved %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="47"/>
        <source>Could not erase on the server: %1</source>
        <translation>Serverī neizdevās dzēst: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="62"/>
        <source>Erasing on the server…</source>
        <translation>Dzēš serverī…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="64"/>
        <source>Reading the server…</source>
        <translation>Nolasa serveri…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="66"/>
        <source>Could not read the server: %1</source>
        <translation>Serveri neizdevās nolasīt: %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="68"/>
        <source>Not read from the server yet.</source>
        <translation>No servera vēl nav nolasīts.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="70"/>
        <source>Partly read from the server: read it again to finish.</source>
        <translation>Daļēji nolasīts no servera: nolasiet vēlreiz, lai pabeigtu.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="71"/>
        <source>As the server had them on %1</source>
        <translation>Servera dati uz %1</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="79"/>
        <source>the server&apos;s address cannot be used; check it on the Server tab.</source>
        <translation>servera adresi nevar izmantot; pārbaudiet to cilnē “Serveris”.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="81"/>
        <source>the server does not answer.</source>
        <translation>serveris neatbild.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="83"/>
        <source>the server&apos;s identity could not be checked.</source>
        <translation>servera identitāti neizdevās pārbaudīt.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="85"/>
        <source>the server refused the account or its password.</source>
        <translation>serveris noraidīja kontu vai tā paroli.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="87"/>
        <source>the server has no such database.</source>
        <translation>serverī nav šādas datubāzes.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="89"/>
        <source>Saskati is not set up on this server yet.</source>
        <translation>Saskati šajā serverī vēl nav iestatīts.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="91"/>
        <source>this account may not erase this person: a lecturer erases only the people they sent; ask the municipality&apos;s coordinator.</source>
        <translation>šis konts nedrīkst dzēst šo personu: lektors dzēš tikai paša nosūtītās personas; vērsieties pie pašvaldības koordinatora.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="91"/>
        <source>this account may not read results on the server.</source>
        <translation>šis konts nedrīkst lasīt rezultātus serverī.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="93"/>
        <source>the server no longer holds this person for this account; read the server again.</source>
        <translation>serverī šim kontam vairs nav šīs personas; nolasiet serveri vēlreiz.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="95"/>
        <source>the copy of the server&apos;s results on this laptop could not be opened.</source>
        <translation>servera rezultātu kopiju šajā datorā neizdevās atvērt.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="97"/>
        <source>the password kept on this laptop could not be read.</source>
        <translation>šajā datorā saglabāto paroli neizdevās nolasīt.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="99"/>
        <source>the app is closing.</source>
        <translation>lietotne tiek aizvērta.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="101"/>
        <source>something went wrong with the server.</source>
        <translation>ar serveri kaut kas nogāja greizi.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="116"/>
        <source>Done: %1 and all their results were erased on the server. Every laptop that has them erases them at its next sync, also from its backups.</source>
        <translation>Izdarīts: %1 un visi šī dalībnieka rezultāti ir dzēsti serverī. Katrs dators, kurā tie ir, tos dzēsīs nākamajā sinhronizācijā, arī no rezerves kopijām.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="472"/>
        <source>Save xAPI</source>
        <translation>Saglabāt xAPI</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="473"/>
        <source>Save the attempts as xAPI statements for a learning record store</source>
        <translation>Saglabāt mēģinājumus kā xAPI paziņojumus mācību ierakstu krātuvei</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="486"/>
        <source>Import results…</source>
        <translation>Importēt rezultātus…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="487"/>
        <source>Import a results bundle from another laptop</source>
        <translation>Importēt rezultātu paketi no cita datora</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="491"/>
        <source>Lock</source>
        <translation>Aizslēgt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="532"/>
        <source>Overview</source>
        <translation>Kopskats</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="535"/>
        <source>Indicators</source>
        <translation>Pazīmes</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="538"/>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="542"/>
        <source>Improvement</source>
        <translation>Izaugsme</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="549"/>
        <source>Directory</source>
        <translation>Iestādes</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="660"/>
        <source>%1 (code %2): every attempt of this participant is deleted on the server, and on every laptop that has them at its next sync, also in the backups. This cannot be undone.</source>
        <translation>%1 (kods %2): visi šī dalībnieka mēģinājumi tiek dzēsti serverī un katrā datorā, kurā tie ir, tā nākamajā sinhronizācijā, arī rezerves kopijās. To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="674"/>
        <source>The server is being read: erase when it has finished.</source>
        <translation>Serveris tiek nolasīts: dzēsiet, kad tas būs beidzies.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="674"/>
        <source>No server is chosen for this results file: choose one on the Server tab.</source>
        <translation>Šim rezultātu failam nav izvēlēts serveris: izvēlieties to cilnē “Serveris”.</translation>
    </message>
    <message>
        <source>%1 completed attempts by %2 participants in %3 seminars</source>
        <translation type="vanished">Pabeigti mēģinājumi: %1, dalībnieki: %2, semināri: %3</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="114"/>
        <source>Done: %1 and all their results were erased, also from the backups.</source>
        <translation>Izdarīts: %1 un visi šī dalībnieka rezultāti ir dzēsti, arī no rezerves kopijām.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="169"/>
        <source>No coordinator&apos;s password yet</source>
        <translation>Koordinatora parole vēl nav iestatīta</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>Choose a password of at least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.</source>
        <translation>Izvēlieties vismaz 8 rakstzīmju garu paroli. Dalībnieki to nedrīkst zināt; glabājiet to turpat, kur komanda glabā citas savas paroles.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>The review shows every participant&apos;s results, so it opens only with the coordinator&apos;s password. The team&apos;s coordinator sets it on this laptop; if that is not you, ask them.</source>
        <translation>Pārskatā redzami visu dalībnieku rezultāti, tāpēc to var atvērt tikai ar koordinatora paroli. Paroli šajā klēpjdatorā iestata komandas koordinators; ja tas neesat jūs, vērsieties pie viņa.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="188"/>
        <source>I am the coordinator: set the password</source>
        <translation>Esmu koordinators: iestatīt paroli</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="546"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="553"/>
        <source>Server</source>
        <translation>Serveris</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="605"/>
        <source>Reading the results…</source>
        <translation>Nolasa rezultātus…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="654"/>
        <source>Erase this participant?</source>
        <translation>Dzēst šo dalībnieku?</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="660"/>
        <source>%1 (code %2): every attempt of this participant is deleted, here and in the backups. This cannot be undone.</source>
        <translation>%1 (kods %2): visi šī dalībnieka mēģinājumi tiek dzēsti gan šeit, gan rezerves kopijās. To nevar atsaukt.</translation>
    </message>
    <message>
        <source>Class gain %1 (%2) · mean of individual gains %3 (%4)</source>
        <translation type="vanished">Grupas pieaugums %1 (%2) · vidējais individuālais pieaugums %3 (%4)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="112"/>
        <source>Saved the contacts of %1</source>
        <translation>Saglabāti %1 kontakti</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="627"/>
        <source>Import a results bundle</source>
        <translation>Importēt rezultātu paketi</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="628"/>
        <source>Results bundles (*.json)</source>
        <translation>Rezultātu paketes (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="640"/>
        <source>Imported: %1 new, %2 already here, %3 conflicts (the local rows were kept)</source>
        <translation>Importēts: %1 jauni, %2 jau bija, %3 konflikti (paturēti šeit esošie ieraksti)</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation type="vanished">Dzēst %1?</translation>
    </message>
    <message>
        <source>Every attempt of this participant is deleted, also from the backups. This cannot be undone.</source>
        <translation type="vanished">Visi šī dalībnieka mēģinājumi tiek dzēsti, arī no rezerves kopijām. To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="695"/>
        <source>Replace names by codes?</source>
        <translation>Aizstāt vārdus ar kodiem?</translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="699"/>
        <source>The names of everyone who took part in this seminar are replaced by their pseudonymous codes, here and in the backups. Their results stay. This cannot be undone.</source>
        <translation>Visu šī semināra dalībnieku vārdi tiek aizstāti ar viņu pseidonīmajiem kodiem gan šeit, gan rezerves kopijās. Rezultāti paliek. To nevar atsaukt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewScreen.qml" line="118"/>
        <source>%n name(s) replaced by codes</source>
        <translation>
            <numerusform>%n vārds aizstāts ar kodu</numerusform>
            <numerusform>%n vārdi aizstāti ar kodiem</numerusform>
            <numerusform>Neviens vārds nav aizstāts ar kodu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewServerTab</name>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="20"/>
        <source>This address cannot be used.</source>
        <translation>Šo adresi nevar izmantot.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="22"/>
        <source>This computer lacks PostgreSQL support (the package libqt6sql6-psql).</source>
        <translation>Šajā datorā nav PostgreSQL atbalsta (pakotne libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="24"/>
        <source>The server does not answer. Results stay on this laptop and are sent later.</source>
        <translation>Serveris neatbild. Rezultāti paliek šajā datorā un tiks nosūtīti vēlāk.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="26"/>
        <source>The server&apos;s identity could not be checked, so nothing was sent.</source>
        <translation>Servera identitāti neizdevās pārbaudīt, tāpēc nekas netika nosūtīts.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="28"/>
        <source>The server refused the account or its password.</source>
        <translation>Serveris noraidīja kontu vai tā paroli.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="30"/>
        <source>The server has no such database.</source>
        <translation>Serverī nav šādas datubāzes.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="32"/>
        <source>Saskati is not set up on this server yet: its administrator runs &quot;saskati-cli server init&quot;.</source>
        <translation>Šajā serverī Saskati vēl nav iestatīts: servera administratoram jāizpilda &quot;saskati-cli server init&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="34"/>
        <source>The server does not let this account send results.</source>
        <translation>Serveris neļauj šim kontam sūtīt rezultātus.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="36"/>
        <source>Another sync of this results file is running. Try again when it has finished.</source>
        <translation>Šim rezultātu failam jau notiek cita sinhronizācija. Mēģiniet vēlreiz, kad tā būs beigusies.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="38"/>
        <source>This laptop&apos;s results file could not be read for the sync.</source>
        <translation>Šī datora rezultātu failu neizdevās nolasīt sinhronizācijai.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="40"/>
        <source>The password could not be kept on this laptop.</source>
        <translation>Paroli neizdevās saglabāt šajā datorā.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="42"/>
        <source>This account cannot send results: use a lecturer&apos;s or a coordinator&apos;s account.</source>
        <translation>Ar šo kontu nevar sūtīt rezultātus: izmantojiet lektora vai koordinatora kontu.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="44"/>
        <source>The server&apos;s Saskati schema is older than this app&apos;s: its administrator runs &quot;saskati-cli server migrate&quot;.</source>
        <translation>Saskati shēma serverī ir vecāka nekā šajā lietotnē: servera administratoram jāizpilda &quot;saskati-cli server migrate&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="46"/>
        <source>The server was set up by a newer Saskati: update this app first.</source>
        <translation>Serveris iestatīts ar jaunāku Saskati versiju: vispirms atjauniniet šo lietotni.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="48"/>
        <source>Something went wrong with the server.</source>
        <translation>Ar serveri radās problēma.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>coordinator</source>
        <translation>koordinators</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>lecturer</source>
        <translation>lektors</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>national account</source>
        <translation>valsts līmeņa konts</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>administrator</source>
        <translation>administrators</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="76"/>
        <source>Results are always saved on this laptop first. With a server, they are also sent to your municipality&apos;s Saskati server, so that the coordinator sees every seminar without collecting files. A seminar never waits for the network. Ask the server&apos;s administrator for the address and an account.</source>
        <translation>Rezultāti vienmēr vispirms tiek saglabāti šajā datorā. Ja ir serveris, tie tiek nosūtīti arī uz jūsu pašvaldības Saskati serveri, lai koordinators redzētu visus seminārus, nevācot failus. Seminārs nekad negaida tīklu. Servera adresi un kontu jautājiet servera administratoram.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="84"/>
        <source>Nothing is kept in this window, so nothing can be sent. Open a results file first.</source>
        <translation>Šajā logā nekas netiek saglabāts, tāpēc nav ko sūtīt. Vispirms atveriet rezultātu failu.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="159"/>
        <source>Connection</source>
        <translation>Savienojums</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="164"/>
        <location filename="../qml/ReviewServerTab.qml" line="177"/>
        <source>Server address</source>
        <translation>Servera adrese</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="188"/>
        <source>A password is kept; type a new one to replace it</source>
        <translation>Parole ir saglabāta; lai to aizstātu, ierakstiet jaunu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="188"/>
        <location filename="../qml/ReviewServerTab.qml" line="189"/>
        <source>The account&apos;s password</source>
        <translation>Konta parole</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="199"/>
        <source>Send results by themselves every few minutes</source>
        <translation>Sūtīt rezultātus automātiski ik pēc dažām minūtēm</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="204"/>
        <source>The password is kept on this laptop in a file only your user account can read (docs/server.md), so that results can be sent without asking.</source>
        <translation>Parole tiek glabāta šajā datorā failā, ko var nolasīt tikai jūsu lietotāja konts (docs/server.md), lai rezultātus varētu nosūtīt, to neprasot.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="217"/>
        <source>Test the connection</source>
        <translation>Pārbaudīt savienojumu</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="225"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="235"/>
        <source>Forget this server</source>
        <translation>Aizmirst šo serveri</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="251"/>
        <source>Connecting…</source>
        <translation>Savienojas…</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="254"/>
        <source>Account %1: %2, %3.</source>
        <translation>Konts %1: %2, %3.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="254"/>
        <source>Account %1: %2.</source>
        <translation>Konts %1: %2.</translation>
    </message>
    <message>
        <source>Account %1: %2%3.</source>
        <translation type="vanished">Konts %1: %2%3.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>Connected.</source>
        <translation>Savienots.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>The connection is encrypted.</source>
        <translation>Savienojums ir šifrēts.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>The connection is on this computer, not encrypted.</source>
        <translation>Savienojums ir šajā pašā datorā, nešifrēts.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="91"/>
        <source>Sending</source>
        <translation>Sūtīšana</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="103"/>
        <source>No server is chosen for this results file.</source>
        <translation>Šim rezultātu failam nav izvēlēts serveris.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="105"/>
        <source>Nothing has been sent to the server yet.</source>
        <translation>Uz serveri vēl nekas nav nosūtīts.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="105"/>
        <source>Everything was sent on %1.</source>
        <translation>Viss tika nosūtīts %1.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="106"/>
        <source>Nothing is waiting.</source>
        <translation>Nekas negaida nosūtīšanu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="106"/>
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n ieraksts gaida nosūtīšanu.</numerusform>
            <numerusform>%n ieraksti gaida nosūtīšanu.</numerusform>
            <numerusform>Nekas negaida nosūtīšanu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="118"/>
        <source>Sending… (%n sent)</source>
        <translation>
            <numerusform>Sūta… (nosūtīts %n)</numerusform>
            <numerusform>Sūta… (nosūtīti %n)</numerusform>
            <numerusform>Sūta… (nosūtīti %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="118"/>
        <source>Send now</source>
        <translation>Sūtīt tagad</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="137"/>
        <source>The last sync sent %n item(s).</source>
        <translation>
            <numerusform>Pēdējā sinhronizācija nosūtīja %n ierakstu.</numerusform>
            <numerusform>Pēdējā sinhronizācija nosūtīja %n ierakstus.</numerusform>
            <numerusform>Pēdējā sinhronizācija neko nenosūtīja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="139"/>
        <source>%n person(s) erased on the server were erased here too.</source>
        <translation>
            <numerusform>%n persona, kas dzēsta serverī, ir dzēsta arī šeit.</numerusform>
            <numerusform>%n personas, kas dzēstas serverī, ir dzēstas arī šeit.</numerusform>
            <numerusform>Serverī neviena persona nav dzēsta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="141"/>
        <source>%n row(s) were already on the server from another account and stay theirs.</source>
        <translation>
            <numerusform>%n ieraksts jau bija serverī no cita konta un paliek tā īpašumā.</numerusform>
            <numerusform>%n ieraksti jau bija serverī no cita konta un paliek tā īpašumā.</numerusform>
            <numerusform>Serverī nebija neviena cita konta ieraksta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="143"/>
        <source>The server refused to erase %n person(s) for this account: ask the municipality&apos;s coordinator to erase them there.</source>
        <translation>
            <numerusform>Serveris šim kontam atteicās dzēst %n personu: lūdziet pašvaldības koordinatoru to dzēst serverī.</numerusform>
            <numerusform>Serveris šim kontam atteicās dzēst %n personas: lūdziet pašvaldības koordinatoru tās dzēst serverī.</numerusform>
            <numerusform>Serveris šim kontam neatteica nevienu dzēšanu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioKeyEditor</name>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="54"/>
        <source>Remove %1</source>
        <translation>Noņemt %1</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="56"/>
        <source>Remove the language %1</source>
        <translation>Noņemt valodu %1</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="65"/>
        <source>e.g. ru</source>
        <translation>piem., ru</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="88"/>
        <location filename="../qml/ScenarioKeyEditor.qml" line="233"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="93"/>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="99"/>
        <source>Content warning</source>
        <translation>Brīdinājums par saturu</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="105"/>
        <source>What trainees learn</source>
        <translation>Ko dalībnieki iemācās</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="110"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="118"/>
        <source>Person %1 (%2)</source>
        <translation>Persona %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="123"/>
        <source>Add a person</source>
        <translation>Pievienot personu</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="128"/>
        <source>Variables (trust, fear…: choices change them, conditions test them)</source>
        <translation>Mainīgie (uzticēšanās, bailes…: izvēles tos maina, nosacījumi pārbauda)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="146"/>
        <source>Name of variable %1</source>
        <translation>%1. mainīgā nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="152"/>
        <source>starts at</source>
        <translation>sākumā</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="156"/>
        <source>lowest</source>
        <translation>mazākā</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="160"/>
        <source>highest</source>
        <translation>lielākā</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="178"/>
        <source>Variable %1: %2</source>
        <translation>%1. mainīgais: %2</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="186"/>
        <source>Remove variable %1</source>
        <translation>Noņemt %1. mainīgo</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="193"/>
        <source>Add a variable</source>
        <translation>Pievienot mainīgo</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="203"/>
        <source>Endings</source>
        <translation>Nobeigumi</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="217"/>
        <source>Ending %1 (%2)</source>
        <translation>Nobeigums %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="226"/>
        <source>Outcome of ending %1</source>
        <translation>Nobeiguma %1 iznākums</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="238"/>
        <source>What happens next (shown in the debrief)</source>
        <translation>Kas notiek tālāk (rāda izvērtējumā)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="245"/>
        <source>Add an ending</source>
        <translation>Pievienot nobeigumu</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="250"/>
        <source>Referral key</source>
        <translation>Nosūtīšanas atslēga</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="256"/>
        <source>What the trainee is asked</source>
        <translation>Ko dalībniekam jautā</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Must be in the plan</source>
        <translation>Jābūt plānā</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Should be in the plan</source>
        <translation>Vēlams plānā</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Must not be in the plan</source>
        <translation>Nedrīkst būt plānā</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="288"/>
        <source>Institution</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="297"/>
        <source>How soon</source>
        <translation>Cik drīz</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="331"/>
        <source>Assessment questions (asked in an assessment scene)</source>
        <translation>Vērtējuma jautājumi (tos uzdod vērtējuma ainā)</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="347"/>
        <source>Add a question</source>
        <translation>Pievienot jautājumu</translation>
    </message>
    <message>
        <source>Remove the language %1?</source>
        <translation type="vanished">Noņemt valodu %1?</translation>
    </message>
    <message>
        <source>Every text&apos;s %1 translation and every line&apos;s %1 recording are taken out of the scenario (the recordings&apos; files stay in its folder). Undo brings them back.</source>
        <translation type="vanished">No scenārija tiek izņemts katra teksta %1 tulkojums un katras replikas %1 ieraksts (ierakstu faili paliek tā mapē). Atsaukšana tos atjauno.</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="184"/>
        <location filename="../qml/ScenarioKeyEditor.qml" line="302"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="43"/>
        <source>Languages: %1</source>
        <translation>Valodas: %1</translation>
    </message>
    <message>
        <source>code, e.g. ru</source>
        <translation type="vanished">kods, piem., ru</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="66"/>
        <source>Code of a language to add</source>
        <translation>Pievienojamās valodas kods</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="75"/>
        <source>Add the language</source>
        <translation>Pievienot valodu</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="310"/>
        <source>Feedback</source>
        <translation>Atgriezeniskā saite</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="322"/>
        <source>Add an institution</source>
        <translation>Pievienot iestādi</translation>
    </message>
</context>
<context>
    <name>ScenarioProblemsDialog</name>
    <message>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="16"/>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="38"/>
        <source>Problems in the scenario files</source>
        <translation>Problēmas scenāriju failos</translation>
    </message>
    <message>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="25"/>
        <source>These files were left out; the others can be played. Each line says where (file:line:column) and what to do. A folder copied without its media folder beside it gives one line for each missing picture and voice.</source>
        <translation>Šie faili netika ielādēti; pārējos scenārijus var izmantot. Katrā rindā norādīts, kur ir problēma (fails:rinda:kolonna) un kas jādara. Ja mape nokopēta bez blakus esošās multivides mapes, katrs trūkstošais attēls un balss ieraksts tiek norādīts atsevišķā rindā.</translation>
    </message>
</context>
<context>
    <name>SceneEditor</name>
    <message>
        <location filename="../qml/SceneEditor.qml" line="50"/>
        <source>Scene</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="59"/>
        <source>The scene&apos;s id</source>
        <translation>Ainas identifikators</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="70"/>
        <source>Preview from here</source>
        <translation>Priekšskatīt no šejienes</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="74"/>
        <source>Remove scene</source>
        <translation>Noņemt ainu</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="84"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="89"/>
        <source>Setting</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="101"/>
        <location filename="../qml/SceneEditor.qml" line="110"/>
        <source>The person interviewed</source>
        <translation>Intervējamā persona</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="116"/>
        <source>The conversation has a limit</source>
        <translation>Sarunai ir ierobežojums</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="141"/>
        <source>Moves before it ends (0: no limit)</source>
        <translation>Soļi līdz beigām (0: bez ierobežojuma)</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="152"/>
        <source>Moves before the conversation ends</source>
        <translation>Soļi līdz sarunas beigām</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="158"/>
        <source>then leads to</source>
        <translation>pēc tam ved uz</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="168"/>
        <source>Where the conversation leads when it ends</source>
        <translation>Kurp saruna ved, kad tā beidzas</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="176"/>
        <source>What happens then (the one thing left to do)</source>
        <translation>Kas notiek tad (vienīgais, ko vēl var darīt)</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="183"/>
        <source>How the person appears</source>
        <translation>Kā persona izskatās</translation>
    </message>
    <message>
        <source>State %1: a stage direction (the first whose conditions hold is shown)</source>
        <translation type="vanished">%1. stāvoklis: remarka (rāda pirmo, kura nosacījumi izpildās)</translation>
    </message>
    <message>
        <source>Shown when</source>
        <translation type="vanished">Rāda, ja</translation>
    </message>
    <message>
        <source>Remove state</source>
        <translation type="vanished">Noņemt stāvokli</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="203"/>
        <source>Add a state</source>
        <translation>Pievienot stāvokli</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="306"/>
        <source>Add a move</source>
        <translation>Pievienot soli</translation>
    </message>
    <message>
        <source>A conversation&apos;s questions and answers are not edited here yet: edit them in the file (docs/scenario-format.md). Its title, setting and way on are edited here.</source>
        <translation type="vanished">Sarunas jautājumus un atbildes šeit vēl nevar labot: labojiet tos failā (docs/scenario-format.md). Nosaukumu, vidi un turpinājumu labo šeit.</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="218"/>
        <source>Lines</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="218"/>
        <source>Lines said on arrival</source>
        <translation>Replikas ierašanās brīdī</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="248"/>
        <source>Line %1, said by</source>
        <translation>Replika %1, saka</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="261"/>
        <source>Remove line</source>
        <translation>Noņemt repliku</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="281"/>
        <source>Add a line</source>
        <translation>Pievienot repliku</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="286"/>
        <source>Choices</source>
        <translation>Izvēles</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="286"/>
        <source>Moves: what the trainee can say or do, each once</source>
        <translation>Soļi: ko apmācāmais var teikt vai darīt, katru vienreiz</translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="306"/>
        <source>Add a choice</source>
        <translation>Pievienot izvēli</translation>
    </message>
</context>
<context>
    <name>SceneGraphView</name>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="121"/>
        <source>Add a scene after this</source>
        <translation>Pievienot ainu aiz šīs</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="126"/>
        <source>Add a conversation after this</source>
        <translation>Pievienot sarunu aiz šīs</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="131"/>
        <source>Lead a new choice from here to…</source>
        <translation>Vest jaunu izvēli no šejienes uz…</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="139"/>
        <source>Remove this scene</source>
        <translation>Noņemt šo ainu</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="149"/>
        <source>Remove this ending</source>
        <translation>Noņemt šo nobeigumu</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="167"/>
        <source>Find a scene</source>
        <translation>Meklēt ainu</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="168"/>
        <source>Find a scene by its words or id</source>
        <translation>Meklēt ainu pēc vārdiem vai identifikatora</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SceneGraphView.qml" line="183"/>
        <source>%n found</source>
        <translation>
            <numerusform>atrasta %n</numerusform>
            <numerusform>atrastas %n</numerusform>
            <numerusform>atrasts %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="190"/>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="196"/>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="201"/>
        <source>Fit</source>
        <translation>Viss</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="203"/>
        <source>Show the whole scenario</source>
        <translation>Rādīt visu scenāriju</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="212"/>
        <source>Click the scene or ending the new choice leads to (Esc: cancel).</source>
        <translation>Noklikšķiniet uz ainas vai nobeiguma, uz kuru vedīs jaunā izvēle (Esc: atcelt).</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="317"/>
        <source>Ending %1</source>
        <translation>Nobeigums %1</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="317"/>
        <source>Scene %1</source>
        <translation>Aina %1</translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="318"/>
        <source>Menu key: add a scene after it, lead a choice from it, remove it</source>
        <translation>Izvēlnes taustiņš: pievienot aiz tās ainu, vest no tās izvēli, noņemt to</translation>
    </message>
</context>
<context>
    <name>ScenePresenter</name>
    <message>
        <location filename="../src/scenepresenter.cpp" line="116"/>
        <source>You</source>
        <translation>Jūs</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="22"/>
        <source>Plain words</source>
        <translation>Parasti vārdi</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="26"/>
        <source>Distractor (looks like a sign, is not)</source>
        <translation>Maldinošs (izskatās pēc pazīmes, nav)</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="32"/>
        <source>Sign: %1 (%2, %3)</source>
        <translation>Pazīme: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="44"/>
        <source>What the region shows</source>
        <translation>Kas redzams apgabalā</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="58"/>
        <source>What this part is</source>
        <translation>Kas ir šī daļa</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="73"/>
        <source>Split at the selection</source>
        <translation>Sadalīt pie atlases</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="76"/>
        <source>Cut this part in three at the words selected above, to mark them alone</source>
        <translation>Sadalīt šo daļu trijās pie augstāk atlasītajiem vārdiem, lai atzīmētu tikai tos</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="85"/>
        <source>Feedback when it is noticed or missed</source>
        <translation>Atgriezeniskā saite, ja to pamana vai palaiž garām</translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="85"/>
        <source>Feedback when it is flagged</source>
        <translation>Atgriezeniskā saite, ja to atzīmē</translation>
    </message>
</context>
<context>
    <name>SeminarScreen</name>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="124"/>
        <source>Joined %1 · answered %2</source>
        <translation>Pievienojušies %1 · atbildējuši %2</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="130"/>
        <source>Hide console (C)</source>
        <translation>Paslēpt konsoli (C)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="130"/>
        <source>Console (C)</source>
        <translation>Konsole (C)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="133"/>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="136"/>
        <source>Next</source>
        <translation>Tālāk</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="139"/>
        <source>Leave</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="175"/>
        <source>End the seminar?</source>
        <translation>Beigt semināru?</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="188"/>
        <source>The scenario stops here and the phones are told that the seminar has ended. Answers given so far are kept.</source>
        <translation>Scenārijs šeit tiek pārtraukts, un tālruņiem tiek paziņots, ka seminārs ir beidzies. Līdz šim sniegtās atbildes tiek saglabātas.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="188"/>
        <source>The phones are told that the seminar has ended. Answers given so far are kept.</source>
        <translation>Tālruņiem tiek paziņots, ka seminārs ir beidzies. Līdz šim sniegtās atbildes tiek saglabātas.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="201"/>
        <source>End the seminar</source>
        <translation>Beigt semināru</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="208"/>
        <source>Continue the seminar</source>
        <translation>Turpināt semināru</translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="220"/>
        <source>Saskati — audience</source>
        <translation>Saskati — auditorijai</translation>
    </message>
</context>
<context>
    <name>SeminarSetupScreen</name>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="15"/>
        <source>Mixed audience</source>
        <translation>Jaukta auditorija</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="53"/>
        <source>New seminar</source>
        <translation>Jauns seminārs</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="60"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="69"/>
        <source>e.g. Liepāja, social workers</source>
        <translation>piem., Liepāja, sociālie darbinieki</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="70"/>
        <source>Seminar title</source>
        <translation>Semināra nosaukums</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="74"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="82"/>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="86"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="96"/>
        <source>Audience</source>
        <translation>Auditorija</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="100"/>
        <source>Scenarios for this seminar (Space to choose)</source>
        <translation>Šī semināra scenāriji (izvēle ar atstarpes taustiņu)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="114"/>
        <source>Scenarios for this seminar</source>
        <translation>Šī semināra scenāriji</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="130"/>
        <source>Open the seminar</source>
        <translation>Atvērt semināru</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="153"/>
        <source>Reopen a seminar</source>
        <translation>Atvērt iepriekšēju semināru</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="161"/>
        <source>No seminars yet.</source>
        <translation>Vēl nav neviena semināra.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="182"/>
        <source>Interrupted: resume “%1” where it stopped</source>
        <translation>Pārtraukts: turpināt “%1” no vietas, kur apstājās</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="183"/>
        <source>Reopen %1</source>
        <translation>Atvērt vēlreiz semināru “%1”</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="183"/>
        <source>Resume %1</source>
        <translation>Turpināt semināru “%1”</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="195"/>
        <source>Do not resume: close it as interrupted</source>
        <translation>Neturpināt: slēgt kā pārtrauktu</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="225"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>SeminarSummary</name>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="23"/>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="30"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translation>Grupas ceļa rezultāts: %1 %.</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="37"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="53"/>
        <source>%n critical error(s)</source>
        <translation>
            <numerusform>%n kritiska kļūda</numerusform>
            <numerusform>%n kritiskas kļūdas</numerusform>
            <numerusform>%n kritisku kļūdu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="62"/>
        <source>Signs: how many participants flagged each (fewest first)</source>
        <translation>Pazīmes: cik dalībnieku atzīmēja katru no tām (sākot ar retāk atzīmētajām)</translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="87"/>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="102"/>
        <source>%n vote(s) for a critical error</source>
        <translation>
            <numerusform>%n balss par kritisku kļūdu</numerusform>
            <numerusform>%n balsis par kritisku kļūdu</numerusform>
            <numerusform>%n balsu par kritisku kļūdu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerStatusButton</name>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="11"/>
        <source>never yet</source>
        <translation>vēl nekad</translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Sending…</source>
        <translation>Sūta…</translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: not sent</source>
        <translation>Serveris: nav nosūtīts</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: %n waiting</source>
        <translation>
            <numerusform>Serveris: gaida %n</numerusform>
            <numerusform>Serveris: gaida %n</numerusform>
            <numerusform>Serveris: nekas negaida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: all sent</source>
        <translation>Serveris: viss nosūtīts</translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: not sent yet</source>
        <translation>Serveris: vēl nav nosūtīts</translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="19"/>
        <source>Send results to the server now. Everything was last sent: %1.</source>
        <translation>Sūtīt rezultātus uz serveri tagad. Pēdējoreiz viss nosūtīts: %1.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../qml/SignInScreen.qml" line="29"/>
        <source>Who is practising?</source>
        <translation>Kas trenējas?</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="53"/>
        <source>Nobody has practised on this computer yet.</source>
        <translation>Šajā datorā vēl neviens nav trenējies.</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="67"/>
        <source>New participant</source>
        <translation>Jauns dalībnieks</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="73"/>
        <source>A first name or a pseudonym is enough. Results stay on this computer unless exported.</source>
        <translation>Pietiek ar vārdu vai pseidonīmu. Rezultāti paliek šajā datorā, ja vien tos neeksportē.</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="83"/>
        <location filename="../qml/SignInScreen.qml" line="84"/>
        <source>Name or pseudonym</source>
        <translation>Vārds vai pseidonīms</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="90"/>
        <location filename="../qml/SignInScreen.qml" line="110"/>
        <source>Your work</source>
        <translation>Jūsu nodarbošanās</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="105"/>
        <source>I&apos;d rather not say</source>
        <translation>Nevēlos norādīt</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="109"/>
        <source>Choose…</source>
        <translation>Izvēlieties…</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="115"/>
        <source>Choose your work (or “I&apos;d rather not say”) to start.</source>
        <translation>Lai sāktu, izvēlieties savu nodarbošanos (vai “Nevēlos norādīt”).</translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="126"/>
        <source>Start</source>
        <translation>Sākt</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../qml/StartScreen.qml" line="68"/>
        <source>Recognise. Ask well. Refer.</source>
        <translation>Pamani. Jautā prasmīgi. Nosūti pie speciālista.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="76"/>
        <source>A training simulator for meeting people who may be victims of human trafficking.</source>
        <translation>Mācību simulators saskarsmei ar personām, kuras var būt cilvēku tirdzniecības upuri.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="86"/>
        <source>The coordinator&apos;s password is set. Review results now asks for it.</source>
        <translation>Koordinatora parole ir iestatīta. Tagad, atverot rezultātu pārskatu, tā tiks prasīta.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>Practising without saving</source>
        <translation>Treniņš bez saglabāšanas</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>This results file is already open</source>
        <translation>Šis rezultātu fails jau ir atvērts</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>Results cannot be saved here</source>
        <translation>Rezultātus šeit nevar saglabāt</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="119"/>
        <source>Nothing done in this window is kept: no names, no attempts, no seminar answers. To keep results, open a results file.</source>
        <translation>Nekas, kas tiek darīts šajā logā, netiek saglabāts: ne vārdi, ne mēģinājumi, ne atbildes semināros. Lai rezultāti tiktu saglabāti, atveriet rezultātu failu.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="141"/>
        <source>Open another results file…</source>
        <translation>Atvērt citu rezultātu failu…</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="151"/>
        <source>Practise without saving</source>
        <translation>Trenēties bez saglabāšanas</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="160"/>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="161"/>
        <source>Quit Saskati</source>
        <translation>Iziet no Saskati</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StartScreen.qml" line="176"/>
        <source>%n scenario(s) loaded;</source>
        <translation>
            <numerusform>Ielādēts %n scenārijs;</numerusform>
            <numerusform>Ielādēti %n scenāriji;</numerusform>
            <numerusform>Nav ielādēts neviens scenārijs;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StartScreen.qml" line="176"/>
        <source>%n file(s) have problems and were left out.</source>
        <translation>
            <numerusform>%n fails ar problēmām netika ielādēts.</numerusform>
            <numerusform>%n faili ar problēmām netika ielādēti.</numerusform>
            <numerusform>failu ar problēmām nav.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="184"/>
        <source>Details</source>
        <translation>Sīkāk</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="185"/>
        <source>Show the problems in the scenario files</source>
        <translation>Parādīt problēmas scenāriju failos</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="217"/>
        <source>Set the coordinator&apos;s password now?</source>
        <translation>Iestatīt koordinatora paroli tagad?</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="225"/>
        <source>Review results shows every participant&apos;s results and opens only with this password. Your team&apos;s coordinator should set it, once, on this laptop. If you are not the coordinator, skip this: practising and seminars work without it.</source>
        <translation>Sadaļā “Pārskatīt rezultātus” redzami visu dalībnieku rezultāti, un tā atveras tikai ar šo paroli. Parole jāiestata jūsu komandas koordinatoram — vienreiz, šajā klēpjdatorā. Ja neesat koordinators, izlaidiet šo soli: trenēties un vadīt seminārus var arī bez paroles.</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="234"/>
        <source>I am the coordinator: set it now</source>
        <translation>Esmu koordinators: iestatīt tagad</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="239"/>
        <source>Skip: I am not the coordinator</source>
        <translation>Izlaist: neesmu koordinators</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="259"/>
        <source>Practise a scenario</source>
        <translation>Trenēties ar scenāriju</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="269"/>
        <source>Run a seminar</source>
        <translation>Vadīt semināru</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="280"/>
        <source>Review results</source>
        <translation>Pārskatīt rezultātus</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="290"/>
        <source>Write and correct scenarios</source>
        <translation>Rakstīt un labot scenārijus</translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="305"/>
        <source>Opening the results file: checking it and keeping today&apos;s backup…</source>
        <translation>Atver rezultātu failu: pārbauda to un saglabā šodienas rezerves kopiju…</translation>
    </message>
    <message>
        <source>Problems in the scenario files</source>
        <translation type="vanished">Problēmas scenāriju failos</translation>
    </message>
    <message>
        <source>These files were left out; the others can be played. Each line says where (file:line:column) and what to do. A folder copied without its media folder beside it gives one line for each missing picture and voice.</source>
        <translation type="vanished">Šie faili netika ielādēti; pārējos scenārijus var izmantot. Katrā rindā norādīts, kur ir problēma (fails:rinda:kolonna) un kas jādara. Ja mape nokopēta bez blakus esošās multivides mapes, katrs trūkstošais attēls un balss ieraksts tiek norādīts atsevišķā rindā.</translation>
    </message>
    <message>
        <source>Open or create a results file</source>
        <translation type="vanished">Atvērt vai izveidot rezultātu failu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Atvērt</translation>
    </message>
    <message>
        <source>Saskati results (*.sqlite)</source>
        <translation type="vanished">Saskati rezultāti (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="vanished">Visi faili (*)</translation>
    </message>
    <message>
        <source>The coordinator&apos;s password</source>
        <translation type="vanished">Koordinatora parole</translation>
    </message>
    <message>
        <source>At least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.</source>
        <translation type="vanished">Vismaz 8 rakstzīmes. Dalībnieki to nedrīkst zināt; glabājiet to turpat, kur komanda glabā citas savas paroles.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Parole</translation>
    </message>
    <message>
        <source>Coordinator&apos;s password</source>
        <translation type="vanished">Koordinatora parole</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation type="vanished">Vēlreiz to pašu</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="vanished">Atkārtojiet paroli</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation type="vanished">Iestatīt paroli</translation>
    </message>
</context>
<context>
    <name>StateEditor</name>
    <message>
        <location filename="../qml/StateEditor.qml" line="32"/>
        <source>State %1: a stage direction (the first whose conditions hold is shown)</source>
        <translation>%1. stāvoklis: remarka (rāda pirmo, kura nosacījumi izpildās)</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="39"/>
        <source>Shown when</source>
        <translation>Rāda, ja</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="53"/>
        <source>Portrait of state %1</source>
        <translation>%1. stāvokļa portrets</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="57"/>
        <source>Another portrait…</source>
        <translation>Cits portrets…</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="57"/>
        <source>A portrait for this state…</source>
        <translation>Portrets šim stāvoklim…</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="58"/>
        <source>Choose a portrait for state %1</source>
        <translation>Izvēlēties portretu %1. stāvoklim</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="65"/>
        <source>Remove the portrait</source>
        <translation>Noņemt portretu</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="66"/>
        <source>Remove the portrait of state %1</source>
        <translation>Noņemt %1. stāvokļa portretu</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="71"/>
        <source>Remove state</source>
        <translation>Noņemt stāvokli</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="73"/>
        <source>Remove state %1</source>
        <translation>Noņemt %1. stāvokli</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="81"/>
        <source>What the portrait shows (for those who cannot see it)</source>
        <translation>Kas redzams portretā (tiem, kas to neredz)</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="88"/>
        <source>Choose a portrait for this state</source>
        <translation>Izvēlieties portretu šim stāvoklim</translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="90"/>
        <source>Pictures (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Attēli (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TakeawayPdf</name>
    <message>
        <source>A number marked * is as Saskati&apos;s catalogue has it and has not yet been checked with the institution: check it before you hand out this sheet.</source>
        <translation type="vanished">Ar * atzīmētais numurs ir tāds, kā tas ir Saskati katalogā, un iestādē vēl nav pārbaudīts: pārbaudiet to, pirms izdalāt šo lapu.</translation>
    </message>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="63"/>
        <source>* As Saskati&apos;s list of contacts has it; not yet confirmed with the institution. If it does not answer, call 112 in danger, or ask an adult you trust.</source>
        <translation>* Kā Saskati kontaktu sarakstā; iestādē vēl nav apstiprināts. Ja neatbild: briesmās zvani 112 vai jautā pieaugušajam, kam uzticies.</translation>
    </message>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="74"/>
        <source>Before you go</source>
        <translation>Pirms dodies ceļā</translation>
    </message>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="75"/>
        <source>Who can help</source>
        <translation>Kas var palīdzēt</translation>
    </message>
</context>
<context>
    <name>saskati::AppContext</name>
    <message>
        <location filename="../src/appcontext.cpp" line="432"/>
        <source>%1 is read-only (for example on a write-protected stick, or another user&apos;s file). Open another results file, or practise without saving.</source>
        <translation>Fails %1 ir tikai lasāms (piemēram, tas atrodas zibatmiņā ar rakstīšanas aizsardzību vai pieder citam lietotājam). Atveriet citu rezultātu failu vai trenējieties bez saglabāšanas.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="437"/>
        <source>The folder of %1 is read-only, and the database needs to write beside the file. Open a results file in another folder, or practise without saving.</source>
        <translation>Mape, kurā atrodas %1, ir tikai lasāma, bet datubāzei jāraksta blakus failam. Atveriet rezultātu failu citā mapē vai trenējieties bez saglabāšanas.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="443"/>
        <source>Saskati is already open with %1 (program %2 on %3). Use that window: two windows on one results file would offer the same attempt twice. Or open another results file.</source>
        <translation>Saskati jau darbojas ar failu %1 (process %2 datorā %3). Izmantojiet to logu: divi logi ar vienu rezultātu failu piedāvātu vienu un to pašu mēģinājumu divreiz. Vai arī atveriet citu rezultātu failu.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="449"/>
        <source>Saskati is already open with %1. Use that window, or open another results file.</source>
        <translation>Saskati jau darbojas ar failu %1. Izmantojiet to logu vai atveriet citu rezultātu failu.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="452"/>
        <source>%1 is damaged. It has been left untouched; the coordinator can restore a backup (saskati-cli results restore). Open another results file, or practise without saving.</source>
        <translation>Fails %1 ir bojāts. Tas netika mainīts; koordinators var atjaunot rezerves kopiju (saskati-cli results restore). Atveriet citu rezultātu failu vai trenējieties bez saglabāšanas.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="457"/>
        <source>%1 was written by a newer version of Saskati. It has not been changed: update Saskati to use it. Open another results file, or practise without saving.</source>
        <translation>Fails %1 ir izveidots ar jaunāku Saskati versiju. Tas netika mainīts: lai to izmantotu, atjauniniet Saskati. Atveriet citu rezultātu failu vai trenējieties bez saglabāšanas.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="462"/>
        <source>%1 cannot be opened. Open another results file, or practise without saving.</source>
        <translation>Failu %1 nevar atvērt. Atveriet citu rezultātu failu vai trenējieties bez saglabāšanas.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="621"/>
        <source>Adults: the Drošā māja trust line %1.</source>
        <translation>Pieaugušajiem: Patvēruma “Drošā māja” uzticības tālrunis %1.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="622"/>
        <source>Adults: the Drošā māja trust line %1 (%2).</source>
        <translation>Pieaugušajiem: Patvēruma “Drošā māja” uzticības tālrunis %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="626"/>
        <source>Children and young people: %1.</source>
        <translation>Bērniem un jauniešiem: %1.</translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="628"/>
        <source>In danger: %1.</source>
        <translation>Briesmu gadījumā: %1.</translation>
    </message>
</context>
<context>
    <name>saskati::PlaySession</name>
    <message>
        <location filename="../src/playsession.cpp" line="90"/>
        <source>The scenario has errors: fix them before previewing.</source>
        <translation>Scenārijā ir kļūdas: izlabojiet tās pirms priekšskatīšanas.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="97"/>
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="146"/>
        <source>Sign in and choose a scenario first.</source>
        <translation>Vispirms piesakieties un izvēlieties scenāriju.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="194"/>
        <source>No scenario is being played.</source>
        <translation>Pašlaik nav atvērts neviens scenārijs.</translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="336"/>
        <source>Turns taken: %1 of %2</source>
        <translation>Gājieni: %1 no %2</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation type="vanished">bezmaksas %1</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation type="vanished">vēl nav pārbaudīts</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation type="vanished">pārbaudīts %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="vanished"> vai </translation>
    </message>
    <message>
        <source>In the picture</source>
        <translation type="vanished">Attēlā</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation type="vanished">Pārtraukts pirms beigām</translation>
    </message>
</context>
<context>
    <name>saskati::ReviewController</name>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="70"/>
        <location filename="../src/reviewcontroller.cpp" line="99"/>
        <source>The results database is not open.</source>
        <translation>Rezultātu datubāze nav atvērta.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="73"/>
        <source>The coordinator&apos;s password is already set.</source>
        <translation>Koordinatora parole jau ir iestatīta.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="75"/>
        <source>The two passwords differ.</source>
        <translation>Abas paroles nesakrīt.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="77"/>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Izvēlieties vismaz %1 rakstzīmju garu paroli.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="102"/>
        <source>No coordinator&apos;s password is set yet: the team&apos;s coordinator sets it first.</source>
        <translation>Koordinatora parole vēl nav iestatīta: vispirms tā jāiestata komandas koordinatoram.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="104"/>
        <source>That is not the coordinator&apos;s password.</source>
        <translation>Tā nav koordinatora parole.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="459"/>
        <source>These are the server&apos;s results, shown here to be read: nothing is changed in them here. Choose this laptop&apos;s results to import, erase or replace names by codes.</source>
        <translation>Šie ir servera rezultāti, parādīti tikai lasīšanai: šeit tajos neko nemaina. Lai importētu, dzēstu vai aizstātu vārdus ar kodiem, izvēlieties šī datora rezultātus.</translation>
    </message>
    <message>
        <source>Referral plan</source>
        <translation type="vanished">Nosūtīšanas plāns</translation>
    </message>
    <message>
        <source>none (every first attempt already scored 100 %)</source>
        <translation type="vanished">nav (visos pirmajos mēģinājumos jau sasniegti 100 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n completed attempt(s)</source>
        <translation type="vanished">
            <numerusform>%n pabeigts mēģinājums</numerusform>
            <numerusform>%n pabeigti mēģinājumi</numerusform>
            <numerusform>%n pabeigtu mēģinājumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="vanished">
            <numerusform>%n dalībnieks</numerusform>
            <numerusform>%n dalībnieki</numerusform>
            <numerusform>%n dalībnieku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s)</source>
        <translation type="vanished">
            <numerusform>%n seminārs</numerusform>
            <numerusform>%n semināri</numerusform>
            <numerusform>%n semināru</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="236"/>
        <source>Write dates as YYYY-MM-DD.</source>
        <translation>Norādiet datumus formātā GGGG-MM-DD.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="vanished">pabeigts</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="vanished">pārtraukts</translation>
    </message>
    <message>
        <source>interrupted (the seminar was not resumed)</source>
        <translation type="vanished">pārtraukts (seminārs netika turpināts)</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="vanished">nav pabeigts</translation>
    </message>
    <message>
        <source>low</source>
        <translation type="vanished">zems</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="vanished">vidējs</translation>
    </message>
    <message>
        <source>high</source>
        <translation type="vanished">augsts</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="334"/>
        <source>Could not write %1.</source>
        <translation>Neizdevās ierakstīt %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="345"/>
        <source>The review is locked.</source>
        <translation>Pārskats ir slēgts.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="351"/>
        <source>Could not read %1.</source>
        <translation>Neizdevās nolasīt %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="356"/>
        <source>%1 is not a results bundle: %2</source>
        <translation>%1 nav rezultātu pakete: %2</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="394"/>
        <source>Only a finished attempt has a debrief.</source>
        <translation>Atskats ir pieejams tikai pabeigtam mēģinājumam.</translation>
    </message>
    <message>
        <source>all scenarios</source>
        <translation type="vanished">visi scenāriji</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation type="vanished">scenārijs %1</translation>
    </message>
    <message>
        <source>all roles</source>
        <translation type="vanished">visas lomas</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="vanished">loma %1</translation>
    </message>
    <message>
        <source>seminar %1</source>
        <translation type="vanished">seminārs %1</translation>
    </message>
    <message>
        <source>lecturer %1</source>
        <translation type="vanished">lektors %1</translation>
    </message>
    <message>
        <source>dates %1 to %2</source>
        <translation type="vanished">datumi no %1 līdz %2</translation>
    </message>
    <message>
        <source>Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.</source>
        <translation type="vanished">Ar šiem filtriem vēl neviens nav pabeidzis vienu un to pašu scenāriju divreiz: lai redzētu izaugsmi, vajadzīgs vienas personas pirmais un kāds vēlāks mēģinājums.</translation>
    </message>
    <message>
        <source>Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → latest %3 %. Class gain: %4. Mean of individual gains: %5.</source>
        <translation type="vanished">Dalībnieki, kas vienu scenāriju pabeiguši divas vai vairāk reizes: %1. Pirmais mēģinājums %2 % → pēdējais %3 %. Grupas pieaugums: %4. Vidējais individuālais pieaugums: %5.</translation>
    </message>
    <message>
        <source>%1 attempt counts</source>
        <translation type="vanished">vērtētais mēģinājums: %1</translation>
    </message>
    <message>
        <source>the best attempt counts</source>
        <translation type="vanished">vērtē labāko mēģinājumu</translation>
    </message>
    <message>
        <source>the latest attempt counts</source>
        <translation type="vanished">vērtē pēdējo mēģinājumu</translation>
    </message>
    <message>
        <source>the first attempt counts</source>
        <translation type="vanished">vērtē pirmo mēģinājumu</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="472"/>
        <location filename="../src/reviewcontroller.cpp" line="490"/>
        <source>Open the review first.</source>
        <translation>Vispirms atveriet pārskatu.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="477"/>
        <source>Cannot create the folder %1.</source>
        <translation>Neizdevās izveidot mapi %1.</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="481"/>
        <source>Cannot write the CSV files into %1.</source>
        <translation>Neizdevās saglabāt CSV failus mapē %1.</translation>
    </message>
    <message>
        <source>Saskati — review of results</source>
        <translation type="vanished">Saskati — rezultātu pārskats</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation type="vanished">Izveidots: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="vanished">Kopskats</translation>
    </message>
    <message>
        <source>%1 completed attempts by %2 participants in %3 seminars</source>
        <translation type="vanished">Pabeigti mēģinājumi: %1, dalībnieki: %2, semināri: %3</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="vanished">Dalībnieki</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="vanished">Dalībnieks</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="vanished">Pabeigti</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Vidēji</translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="vanished">Labākais</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="vanished">%1 vēsture</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="vanished">Pazīmes</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="vanished">Pazīme</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="vanished">Atrasta</translation>
    </message>
    <message>
        <source>Wrongly named</source>
        <translation type="vanished">Kļūdaini norādīta</translation>
    </message>
    <message>
        <source>fewer than 10 exposures: too few to tell</source>
        <translation type="vanished">sastapta mazāk nekā 10 reizes: par maz datu, lai spriestu</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="vanished">Lēmumi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="vanished">Lēmums</translation>
    </message>
    <message>
        <source>dubious</source>
        <translation type="vanished">apšaubāms</translation>
    </message>
    <message numerus="yes">
        <source>%n critical error(s) ⚠</source>
        <translation type="vanished">
            <numerusform>%n kritiska kļūda ⚠</numerusform>
            <numerusform>%n kritiskas kļūdas ⚠</numerusform>
            <numerusform>%n kritisku kļūdu ⚠</numerusform>
        </translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="vanished">Izaugsme</translation>
    </message>
    <message>
        <source>Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → latest %3 %. Class gain %4 (%5); mean of individual gains %6 (%7).</source>
        <translation type="vanished">Dalībnieki, kas vienu scenāriju pabeiguši divas vai vairāk reizes: %1. Pirmais mēģinājums %2 % → pēdējais %3 %. Grupas pieaugums %4 (%5); vidējais individuālais pieaugums %6 (%7).</translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="501"/>
        <source>Cannot write the report %1.</source>
        <translation>Neizdevās saglabāt atskaiti %1.</translation>
    </message>
</context>
<context>
    <name>saskati::ScenarioEditor</name>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="192"/>
        <location filename="../src/scenarioeditor.cpp" line="285"/>
        <source>Give the scenario a title first.</source>
        <translation>Vispirms dodiet scenārijam nosaukumu.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="290"/>
        <source>Save or undo the changes to this scenario before renaming it.</source>
        <translation>Pirms pārdēvēšanas saglabājiet vai atsauciet šī scenārija izmaiņas.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="305"/>
        <source>Renamed: %1 (%2).</source>
        <translation>Pārdēvēts: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="313"/>
        <source>%1 could not be read.</source>
        <translation>%1 nevarēja nolasīt.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="336"/>
        <source>Imported from Twine: %1 passages, %2 links.</source>
        <translation>Importēts no Twine: %1 fragmenti, %2 saites.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="337"/>
        <source>Not brought in: %1</source>
        <translation>Netika pārnests: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/scenarioeditor.cpp" line="355"/>
        <source>%n scenario(s) imported.</source>
        <translation>
            <numerusform>Importēts %n scenārijs.</numerusform>
            <numerusform>Importēti %n scenāriji.</numerusform>
            <numerusform>Importēti %n scenāriju.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="365"/>
        <source>Exported to %1.</source>
        <translation>Eksportēts: %1.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="414"/>
        <location filename="../src/scenarioeditor.cpp" line="426"/>
        <location filename="../src/scenarioeditorlists.cpp" line="38"/>
        <location filename="../src/scenarioeditornames.cpp" line="64"/>
        <location filename="../src/scenarioeditornames.cpp" line="87"/>
        <source>Nothing is open to edit.</source>
        <translation>Nekas nav atvērts labošanai.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="419"/>
        <source>Edit %1</source>
        <translation>Labot %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="427"/>
        <location filename="../src/scenarioeditorlists.cpp" line="174"/>
        <source>Remove %1</source>
        <translation>Noņemt %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="455"/>
        <source>Nothing is open to save.</source>
        <translation>Nekas nav atvērts saglabāšanai.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="529"/>
        <source>Another scenario in the library has the id &apos;%1&apos;: choose another id.</source>
        <translation>Citam bibliotēkas scenārijam ir identifikators &apos;%1&apos;: izvēlieties citu.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="605"/>
        <source>Nothing is open to preview.</source>
        <translation>Nekas nav atvērts priekšskatīšanai.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="608"/>
        <source>Fix the errors in the list first: a scenario with errors cannot be played.</source>
        <translation>Vispirms izlabojiet saraksta kļūdas: scenāriju ar kļūdām nevar spēlēt.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="45"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="48"/>
        <source>Add a scene</source>
        <translation>Pievienot ainu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="58"/>
        <source>There is no scene %1 with choices.</source>
        <translation>Nav %1. ainas ar izvēlēm.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="63"/>
        <source>Add a choice</source>
        <translation>Pievienot izvēli</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="73"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="148"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="163"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="301"/>
        <source>There is no scene %1.</source>
        <translation>Nav %1. ainas.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="79"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="85"/>
        <source>Add a line</source>
        <translation>Pievienot repliku</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="101"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="104"/>
        <source>Add a person</source>
        <translation>Pievienot personu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="115"/>
        <source>Add an ending</source>
        <translation>Pievienot nobeigumu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="125"/>
        <source>A referral entry is required, recommended or harmful.</source>
        <translation>Nosūtīšanas ieraksts ir obligāts, ieteicams vai kaitīgs.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="138"/>
        <source>Add to the referral key</source>
        <translation>Pievienot nosūtīšanas atslēgai</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="152"/>
        <source>Lead scene %1 to %2</source>
        <translation>Vest %1. ainu uz %2</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="164"/>
        <source>Add a scene after scene %1</source>
        <translation>Pievienot ainu aiz %1. ainas</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="177"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="275"/>
        <source>There is no choice at %1.</source>
        <translation>Vietā %1 nav izvēles.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="183"/>
        <source>Stay in the conversation</source>
        <translation>Turpināt sarunu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="195"/>
        <source>Lead the choice to %1</source>
        <translation>Virzīt izvēli uz %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="202"/>
        <source>Select words in one part of a line to split it.</source>
        <translation>Atlasiet vārdus vienā replikas daļā, lai to sadalītu.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="207"/>
        <source>There is no part of a line at %1.</source>
        <translation>Vietā %1 nav replikas daļas.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="218"/>
        <source>Split a part of a line</source>
        <translation>Sadalīt replikas daļu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="226"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="246"/>
        <source>There is nothing to mark at %1.</source>
        <translation>Vietā %1 nav ko atzīmēt.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="238"/>
        <source>Mark a sign</source>
        <translation>Atzīmēt pazīmi</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="254"/>
        <source>Mark a distractor</source>
        <translation>Atzīmēt maldinošu daļu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="262"/>
        <source>There is nothing to unmark at %1.</source>
        <translation>Vietā %1 nav ko noņemt.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="267"/>
        <source>Unmark</source>
        <translation>Noņemt atzīmi</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="293"/>
        <source>Mark a critical error</source>
        <translation>Atzīmēt kritisku kļūdu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="293"/>
        <source>Unmark the critical error</source>
        <translation>Noņemt kritiskās kļūdas atzīmi</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="329"/>
        <source>Choose the scene&apos;s picture</source>
        <translation>Izvēlēties ainas attēlu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="348"/>
        <source>There is no region at %1.</source>
        <translation>Vietā %1 nav apgabala.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="357"/>
        <source>Move or resize a region</source>
        <translation>Pārvietot vai mainīt apgabala izmēru</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="365"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="388"/>
        <source>Choose a picture for the scene first.</source>
        <translation>Vispirms izvēlieties ainai attēlu.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="384"/>
        <source>Draw a hotspot</source>
        <translation>Iezīmēt apgabalu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="66"/>
        <source>%1 is not a list of the scenario.</source>
        <translation>%1 nav scenārija saraksts.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="37"/>
        <source>There is nothing to change at %1.</source>
        <translation>Vietā %1 nav ko mainīt.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="48"/>
        <source>Add a variable</source>
        <translation>Pievienot mainīgo</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="49"/>
        <source>Add a condition</source>
        <translation>Pievienot nosacījumu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="50"/>
        <source>Add a change</source>
        <translation>Pievienot izmaiņu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="51"/>
        <source>Add a move</source>
        <translation>Pievienot soli</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="52"/>
        <source>Add an answer line</source>
        <translation>Pievienot atbildes repliku</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="53"/>
        <source>Add a state</source>
        <translation>Pievienot stāvokli</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="54"/>
        <source>Add a question</source>
        <translation>Pievienot jautājumu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="55"/>
        <source>Add an option</source>
        <translation>Pievienot variantu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="56"/>
        <source>Add a planted detail</source>
        <translation>Pievienot nepatiesu detaļu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="93"/>
        <source>Nothing of this kind (%1) can be added here.</source>
        <translation>Šeit nevar pievienot neko šāda veida (%1).</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="113"/>
        <source>Nothing of this kind (%1) can be made at %2.</source>
        <translation>Vietā %2 nevar izveidot neko šāda veida (%1).</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="122"/>
        <source>Add a limit</source>
        <translation>Pievienot ierobežojumu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="142"/>
        <source>Nothing can be added to %1.</source>
        <translation>Vietai %1 neko nevar pievienot.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="158"/>
        <source>Add %1</source>
        <translation>Pievienot %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="166"/>
        <source>There is no list at %1.</source>
        <translation>Vietā %1 nav saraksta.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="192"/>
        <source>Change how a variable changes</source>
        <translation>Mainīt, kā mainās mainīgais</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="206"/>
        <source>Change the kind of question</source>
        <translation>Mainīt jautājuma veidu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="217"/>
        <source>Change the right answers</source>
        <translation>Mainīt pareizās atbildes</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="191"/>
        <source>The scenario&apos;s own fields cannot be renamed.</source>
        <translation>Scenārija pamatlaukus nevar pārdēvēt.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="201"/>
        <source>A question is a judgement, dimensions, single or multiple.</source>
        <translation>Jautājuma veids ir vērtējums, dimensijas, viena vai vairākas atbildes.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="34"/>
        <source>Only a variable or a planted detail is renamed where it is used.</source>
        <translation>Visur, kur lietots, pārdēvē tikai mainīgo vai nepatiesu detaļu.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="41"/>
        <source>&apos;%1&apos; cannot be a name: use lowercase letters (a–z), digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>“%1” nevar būt nosaukums: lietojiet mazos burtus (a–z), ciparus, “-”, “_” un “.”, sākot ar burtu vai ciparu.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="48"/>
        <source>&apos;%1&apos; is already used in this scenario: choose another name.</source>
        <translation>“%1” šajā scenārijā jau ir lietots: izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="58"/>
        <source>Rename %1 to %2</source>
        <translation>Pārdēvēt %1 par %2</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="67"/>
        <source>&apos;%1&apos; is not a language code: write its two or three letters, e.g. ru or uk.</source>
        <translation>“%1” nav valodas kods: ierakstiet tās divus vai trīs burtus, piem., ru vai uk.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="70"/>
        <source>The scenario already has %1.</source>
        <translation>Scenārijā jau ir %1.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="81"/>
        <source>Add the language %1</source>
        <translation>Pievienot valodu %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="90"/>
        <source>The scenario has no %1 to remove.</source>
        <translation>Scenārijā nav valodas %1, ko noņemt.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="92"/>
        <source>%1 is the scenario&apos;s only language: add another before removing it.</source>
        <translation>%1 ir scenārija vienīgā valoda: pirms tās noņemšanas pievienojiet citu.</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="113"/>
        <source>Remove the language %1</source>
        <translation>Noņemt valodu %1</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="165"/>
        <source>Remove the portrait</source>
        <translation>Noņemt portretu</translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="165"/>
        <source>Choose a portrait</source>
        <translation>Izvēlēties portretu</translation>
    </message>
</context>
<context>
    <name>saskati::SeminarController</name>
    <message>
        <source>Decision %1 of at most %2</source>
        <translation type="vanished">%1. lēmums (kopā ne vairāk kā %2)</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>this laptop only</source>
        <translation>tikai šis dators</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>network</source>
        <translation>tīkls</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="278"/>
        <source>Decision %1 · the last</source>
        <translation>%1. lēmums · pēdējais</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/seminarcontroller.cpp" line="279"/>
        <source>Decision %1 · at most %n more</source>
        <translation>
            <numerusform>%1. lēmums · vēl ne vairāk kā %n</numerusform>
            <numerusform>%1. lēmums · vēl ne vairāk kā %n</numerusform>
            <numerusform>%1. lēmums · vēl ne vairāk kā %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="393"/>
        <source>Stopped before the end</source>
        <translation>Pārtraukts pirms beigām</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="426"/>
        <source>%1 · question %2</source>
        <translation>%1 · %2. jautājums</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="472"/>
        <location filename="../src/seminarcontroller.cpp" line="492"/>
        <location filename="../src/seminarcontroller.cpp" line="532"/>
        <source>The results database is not open.</source>
        <translation>Rezultātu datubāze nav atvērta.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="474"/>
        <source>Give the seminar a title.</source>
        <translation>Norādiet semināra nosaukumu.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="503"/>
        <source>That seminar is no longer in the database.</source>
        <translation>Šis seminārs datubāzē vairs nav atrodams.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="522"/>
        <source>The interrupted scenario could not be resumed: %1</source>
        <translation>Pārtraukto scenāriju neizdevās turpināt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/seminarcontroller.cpp" line="565"/>
        <source>%n answer(s) could not be saved (the phones were asked to send them again): %1</source>
        <translation>
            <numerusform>%n atbildi neizdevās saglabāt (tālruņiem lūgts to nosūtīt vēlreiz): %1</numerusform>
            <numerusform>%n atbildes neizdevās saglabāt (tālruņiem lūgts tās nosūtīt vēlreiz): %1</numerusform>
            <numerusform>%n atbilžu neizdevās saglabāt (tālruņiem lūgts tās nosūtīt vēlreiz): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="579"/>
        <location filename="../src/seminarcontroller.cpp" line="630"/>
        <location filename="../src/seminarcontroller.cpp" line="681"/>
        <location filename="../src/seminarcontroller.cpp" line="699"/>
        <location filename="../src/seminarcontroller.cpp" line="722"/>
        <location filename="../src/seminarcontroller_check.cpp" line="136"/>
        <source>Open a seminar first.</source>
        <translation>Vispirms atveriet semināru.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="581"/>
        <source>Choose the network the phones are on.</source>
        <translation>Izvēlieties tīklu, kuram pieslēgti tālruņi.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="633"/>
        <source>There is no scenario &apos;%1&apos;.</source>
        <translation>Scenārijs “%1” nav atrasts.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="658"/>
        <source>Nobody has answered. PageDown again: the room goes on with the best practice (✓). Or count hands on the console.</source>
        <translation>Neviens nav atbildējis. Vēlreiz nospiediet PageDown — grupa turpinās ar labās prakses variantu (✓). Vai arī saskaitiet paceltās rokas un ievadiet tās konsolē.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="675"/>
        <source>Choose the room&apos;s answer on the console: no option is without a critical error.</source>
        <translation>Izvēlieties grupas atbildi konsolē: visos variantos ir kritiska kļūda.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="123"/>
        <source>This seminar&apos;s audience has no knowledge check in the catalogue.</source>
        <translation>Šī semināra auditorijai katalogā nav zināšanu pārbaudes.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="126"/>
        <source>Choose the check before or after the seminar.</source>
        <translation>Izvēlieties pārbaudi pirms vai pēc semināra.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="146"/>
        <location filename="../src/seminarcontroller_check.cpp" line="164"/>
        <source>This seminar&apos;s audience has no take-away in the catalogue.</source>
        <translation>Šī semināra auditorijai katalogā nav atgādnes.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="157"/>
        <source>The catalogue&apos;s texts are not in %1: choose one of %2 for the take-away.</source>
        <translation>Kataloga teksti nav valodā %1: atgādnei izvēlieties kādu no šīm: %2.</translation>
    </message>
    <message>
        <source>Choose Latvian or English for the take-away.</source>
        <translation type="vanished">Izvēlieties atgādnei latviešu vai angļu valodu.</translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="172"/>
        <source>Cannot write %1.</source>
        <translation>Nevar ierakstīt %1.</translation>
    </message>
</context>
<context>
    <name>saskati::SeminarRoom</name>
    <message>
        <location filename="../../engine/seminar/seminarroom_members.cpp" line="163"/>
        <source>%1 could not join the running scenario: %2</source>
        <translation>%1 nevarēja pievienoties notiekošajam scenārijam: %2</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_members.cpp" line="172"/>
        <source>%1 could not join: %2</source>
        <translation>%1 nevarēja pievienoties: %2</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_resume.cpp" line="32"/>
        <source>Only an interrupted scenario of this seminar can be resumed, in a room that has not begun.</source>
        <translation>Turpināt var tikai šī semināra pārtrauktu scenāriju, un tikai telpā, kurā vēl nekas nav sākts.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="25"/>
        <source>A scenario is running; stop it or play it to its end first.</source>
        <translation>Notiek scenārijs; vispirms apturiet to vai izspēlējiet līdz beigām.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="81"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="84"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="127"/>
        <source>Start a scenario first.</source>
        <translation>Vispirms sāciet scenāriju.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="105"/>
        <source>Nobody has answered: choose the room&apos;s answer first.</source>
        <translation>Neviens nav atbildējis: vispirms izvēlieties grupas atbildi.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="125"/>
        <source>The scenario has ended.</source>
        <translation>Scenārijs ir beidzies.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="134"/>
        <source>Leave the knowledge check first.</source>
        <translation>Vispirms izejiet no zināšanu pārbaudes.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="137"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="171"/>
        <source>Nothing to go back to.</source>
        <translation>Nav, kur atgriezties.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="150"/>
        <source>This is the first decision.</source>
        <translation>Šis ir pirmais lēmums.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="178"/>
        <source>No scenario is running.</source>
        <translation>Neviens scenārijs nenotiek.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="211"/>
        <source>The room&apos;s result could not be saved: %1</source>
        <translation>Grupas rezultātu neizdevās saglabāt: %1</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="250"/>
        <source>The answers of %1 could not follow the room&apos;s step and are no longer recorded for this scenario.</source>
        <translation>Dalībnieku %1 atbildes nevarēja sekot grupas solim, un šajā scenārijā tās vairs netiek reģistrētas.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="272"/>
        <source>The room&apos;s path could not be read back from the database: %1</source>
        <translation>Grupas ceļu neizdevās nolasīt no datubāzes: %1</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="283"/>
        <source>The answers of %1 could not be read back from the database: %2</source>
        <translation>Dalībnieka %1 atbildes neizdevās nolasīt no datubāzes: %2</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="83"/>
        <source>There is no decision to choose for.</source>
        <translation>Nav lēmuma, kam izvēlēties.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="88"/>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="99"/>
        <source>&apos;%1&apos; is not a choice of this decision.</source>
        <translation>“%1” nav šī lēmuma atbilžu variants.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="101"/>
        <source>A show of hands counts 0 to 10,000 hands.</source>
        <translation>Roku pacelšanā var būt no 0 līdz 10 000 roku.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="202"/>
        <source>the referral plan</source>
        <translation>nosūtīšanas plāns</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="216"/>
        <source>The room&apos;s majority answers were not all taken: %1</source>
        <translation>Ne visas grupas vairākuma atbildes tika pieņemtas: %1</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="32"/>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="63"/>
        <source>A scenario is running; play it to its end or stop it first.</source>
        <translation>Notiek scenārijs; vispirms izspēlējiet to līdz beigām vai apturiet.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="34"/>
        <source>The knowledge check has no questions.</source>
        <translation>Zināšanu pārbaudē nav jautājumu.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="39"/>
        <source>The right answers have been shown on the phones: the check cannot be opened again.</source>
        <translation>Pareizās atbildes jau ir parādītas tālruņos: pārbaudi vairs nevar atvērt.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="42"/>
        <source>The check before is for before the first scenario: open the check after instead.</source>
        <translation>Pārbaude sākumā ir paredzēta pirms pirmā scenārija: tagad atveriet pārbaudi beigās.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="54"/>
        <source>No knowledge check is open.</source>
        <translation>Neviena zināšanu pārbaude nav atvērta.</translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="65"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="27"/>
        <source>Close the knowledge check first.</source>
        <translation>Vispirms aizveriet zināšanu pārbaudi.</translation>
    </message>
</context>
<context>
    <name>saskati::TargetListModel</name>
    <message>
        <location filename="../src/targetlistmodel.cpp" line="51"/>
        <source>(stays in the conversation)</source>
        <translation>(saruna turpinās)</translation>
    </message>
</context>
</TS>
