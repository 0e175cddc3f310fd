<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AudienceCheckView</name>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="29"/>
        <source>What the room learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="30"/>
        <source>After the seminar: the same questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="30"/>
        <source>Before we start: a few questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="51"/>
        <source>Answer on your phone. %1 of %2 have answered every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="51"/>
        <source>Thank you: %1 answered. The same questions come again at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="84"/>
        <source>Right answers before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="90"/>
        <location filename="../qml/AudienceCheckView.qml" line="102"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="96"/>
        <source>Right answers after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Nobody answered both rounds: there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Everyone was right before already (%n answered both rounds).</source>
        <translation>
            <numerusform>Everyone was right before already (%n answered both rounds).</numerusform>
            <numerusform>Everyone was right before already (%n answered both rounds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceCheckView.qml" line="112"/>
        <source>Of what there was to learn, the room learnt %1 % (normalised gain; %n answered both rounds).</source>
        <translation>
            <numerusform>Of what there was to learn, the room learnt %1 % (normalised gain; %n answered both rounds).</numerusform>
            <numerusform>Of what there was to learn, the room learnt %1 % (normalised gain; %n answered both rounds).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="147"/>
        <source>Before you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="177"/>
        <source>Who can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceCheckView.qml" line="220"/>
        <source>* Not yet confirmed with the institution: if it does not answer, call 112.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../qml/AudienceView.qml" line="185"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>What do you notice? What do you do? Answer on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>Answers are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="234"/>
        <source>The room answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="243"/>
        <source>%1 of %2 have answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="306"/>
        <source>%1: a recommended question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="306"/>
        <source>%1: not a recommended question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="316"/>
        <source>Critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="316"/>
        <source>Best practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="349"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="448"/>
        <source>Joining is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="458"/>
        <source>To open it: press J, or C for the presenter console and “Open joining”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="458"/>
        <source>To open it: press J, or “Open joining” on the presenter console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="473"/>
        <source>QR code to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="481"/>
        <source>Join on your phone: scan the code, or open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="498"/>
        <source>PIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="508"/>
        <source>Switch off mobile data, stay on this Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceView.qml" line="516"/>
        <source>%n joined</source>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorScreen</name>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="97"/>
        <source>Your scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="103"/>
        <source>Scenarios written or corrected by your team. They appear in the library beside the shipped ones, marked as edited, once they have no errors. The shipped scenarios stay as they are: to correct one, make an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="110"/>
        <source>Kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="124"/>
        <location filename="../qml/AuthorScreen.qml" line="125"/>
        <source>Title of a new scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="133"/>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="144"/>
        <source>Import a scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="145"/>
        <source>A ZIP exported on another laptop, a scenario file, or a Twine story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="150"/>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="151"/>
        <source>Every scenario file in a folder, with the media they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="164"/>
        <source>Opening the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="168"/>
        <source>Opening the scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="194"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="218"/>
        <source>In the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="218"/>
        <source>Draft: not playable yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="226"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="231"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="232"/>
        <source>Save it with its pictures as one ZIP for another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="240"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="249"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="260"/>
        <source>Shipped scenarios (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="280"/>
        <source>Make an editable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Draft: %n error(s)</source>
        <translation>
            <numerusform>Draft: %n error</numerusform>
            <numerusform>Draft: %n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="308"/>
        <source>Ready to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="317"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="331"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="344"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="344"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="354"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="411"/>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="418"/>
        <source>Scenario, endings, referral key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="425"/>
        <source>Add a scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="432"/>
        <source>Interview scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="437"/>
        <source>Conversation scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="442"/>
        <source>Referral scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="447"/>
        <source>Assessment scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AuthorScreen.qml" line="490"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="550"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="555"/>
        <source>This scenario has changes that are not saved. A scenario with errors is saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="572"/>
        <source>Import a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="574"/>
        <source>Scenarios (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="574"/>
        <source>Twine stories (*.twee *.tw *.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="580"/>
        <source>Import the scenarios of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="587"/>
        <source>Export the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="590"/>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="602"/>
        <source>Rename the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="613"/>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="618"/>
        <source>The title in this language, and the scenario&apos;s id and file name made from it. Results already recorded stay under the old id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="633"/>
        <source>Remove the language %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="638"/>
        <source>Every text&apos;s %1 translation and every line&apos;s %1 recording are taken out of the scenario (the recordings&apos; files stay in its folder). Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="652"/>
        <source>Delete this scenario?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="655"/>
        <source>The file is deleted; results of attempts already played stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="678"/>
        <source>Preview from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="683"/>
        <source>Start the variables at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AuthorScreen.qml" line="683"/>
        <source>Nothing is recorded: a preview is no one&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="43"/>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="43"/>
        <source>Move %1: what the trainee says or does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="52"/>
        <source>Kind of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="62"/>
        <source>%1 (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="66"/>
        <source>Kind of question of move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="77"/>
        <source>Leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="87"/>
        <source>Where choice %1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="94"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="105"/>
        <source>Points of choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="110"/>
        <source>Critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="116"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="124"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="132"/>
        <source>Principle broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="150"/>
        <source>Why it is a critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="158"/>
        <source>Principles it follows or breaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="169"/>
        <source>Offered only when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="179"/>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChoiceEditor.qml" line="197"/>
        <source>Add an answer line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionList</name>
    <message>
        <location filename="../qml/ConditionList.qml" line="13"/>
        <source>Only when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="26"/>
        <source>%1: always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="33"/>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="42"/>
        <source>(declare a variable on the scenario page first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="60"/>
        <source>Variable of condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="69"/>
        <source>Comparison of condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="80"/>
        <source>Number of condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="84"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConditionList.qml" line="86"/>
        <source>Remove condition %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentWarningScreen</name>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="36"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="51"/>
        <source>You can pause at any time with “Step out”; your progress is kept. If the story touches your own life, talk to someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="62"/>
        <source>I am ready — start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="68"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../src/debriefpage.cpp" line="28"/>
        <source>Missed sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="28"/>
        <source>Missed trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="30"/>
        <source>Not a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="30"/>
        <source>Not a trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="32"/>
        <source>Another indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="34"/>
        <source>A better choice existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="36"/>
        <source>Critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="36"/>
        <source>The riskiest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="38"/>
        <source>Missing from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="40"/>
        <source>Should not be in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="42"/>
        <source>Too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="44"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="46"/>
        <source>No referral plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="48"/>
        <location filename="../src/debriefpage.cpp" line="147"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="50"/>
        <source>No vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="52"/>
        <source>What the person would have told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="54"/>
        <source>A wrong detail your question planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="62"/>
        <source>You saw each question&apos;s type as you asked it (practice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="64"/>
        <source>You saw the questions&apos; types only now (assessment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="66"/>
        <source>Feedback after each question was switched during this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="95"/>
        <source>free %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="101"/>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="102"/>
        <source>verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="124"/>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="142"/>
        <source>Recognising signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="142"/>
        <source>Traps spotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="144"/>
        <source>Conducting the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="144"/>
        <source>Safe steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="146"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="146"/>
        <source>Who can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="147"/>
        <source>Is it a trap?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="172"/>
        <source>It would have come after: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="177"/>
        <source>Your question produced it: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="178"/>
        <source>In fact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="194"/>
        <source>You did not act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="199"/>
        <source>you chose “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="201"/>
        <source>you flagged “%1” as a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="203"/>
        <source>your plan names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="207"/>
        <source>you answered “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="210"/>
        <source>Resting on it, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="230"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="273"/>
        <source>In the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="289"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/debriefpage.cpp" line="294"/>
        <source>unreliable: a leading question produced it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="65"/>
        <source>%1 of %2 points on the path you took · %3 % of the best possible in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="74"/>
        <source>A critical error caps the result, whatever else went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="74"/>
        <source>One step put you most at risk, so the result is capped. It can happen to anyone: look below at what to do next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="91"/>
        <source>Play again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="98"/>
        <source>Back to scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="98"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="159"/>
        <source>Signs: %1 found, %2 missed, %3 flagged that were not signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="159"/>
        <source>Traps: %1 found, %2 missed, %3 flagged that were not traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="174"/>
        <source>Your questions: %1 of %2 of a recommended kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="195"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="200"/>
        <source>Recommended: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="200"/>
        <source>Not recommended: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="207"/>
        <source>What to learn from this attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="275"/>
        <source>The conversation again, with the signs marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="275"/>
        <source>The messages again, with the traps marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="283"/>
        <source>Green: a sign you noticed. Orange: a sign you missed. Red: flagged, but not a sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="283"/>
        <source>Green: a trap you noticed. Orange: a trap you missed. Red: flagged, but not a trap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Noticed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Missed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="335"/>
        <source>Not a sign: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="350"/>
        <source>The referral path this case calls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="350"/>
        <source>Who could help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="395"/>
        <source>Your earlier attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogueLine</name>
    <message>
        <location filename="../qml/DialogueLine.qml" line="76"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="88"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="88"/>
        <source>▶ Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="89"/>
        <source>Stop the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="89"/>
        <source>Listen to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="117"/>
        <source>Flagged: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="118"/>
        <source>Press Enter to flag this as a sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectList</name>
    <message>
        <location filename="../qml/EffectList.qml" line="24"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="24"/>
        <source>Then: no variable changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="31"/>
        <source>Add a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="51"/>
        <source>Variable of change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="59"/>
        <source>changes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="59"/>
        <source>becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="60"/>
        <source>How change %1 works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="71"/>
        <source>Number of change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="75"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EffectList.qml" line="77"/>
        <source>Remove change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagMenu</name>
    <message>
        <location filename="../qml/FlagMenu.qml" line="65"/>
        <source>Something is wrong here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="73"/>
        <source>Remove the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="84"/>
        <source>…or find the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="85"/>
        <source>Find an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="123"/>
        <source>No indicator matches “%1”. Flag it as “Something is wrong here”, or try another word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="17"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="19"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="20"/>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="48"/>
        <source>My history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="54"/>
        <source>No attempts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="102"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="103"/>
        <source>Open the debrief of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdListField</name>
    <message>
        <location filename="../qml/IdListField.qml" line="42"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/IdListField.qml" line="55"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/IdListField.qml" line="56"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterfaceLanguages</name>
    <message>
        <location filename="../src/interfacelanguages.cpp" line="21"/>
        <source>English</source>
        <comment>The name of this translation&apos;s language, written in that language: Latviešu, Русский</comment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="41"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="51"/>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="54"/>
        <location filename="../qml/LibraryScreen.qml" line="201"/>
        <source>No trafficking (control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="58"/>
        <source>Filter by form of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="67"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="71"/>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="75"/>
        <source>My history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="92"/>
        <source>You left “%1” before the end. Continue where you stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="100"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="181"/>
        <source>Edited by your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="192"/>
        <source>Not in %1 yet: its texts show in another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryScreen.qml" line="201"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="217"/>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="227"/>
        <source>Not played yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="227"/>
        <source>Your best: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="235"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="236"/>
        <source>Play %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="133"/>
        <source>Recognise and refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="161"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="165"/>
        <source>Results are not saved in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="169"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="177"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="186"/>
        <source>Interface language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="212"/>
        <source>Voices: auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="212"/>
        <source>Voices: on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="213"/>
        <source>Play the voices of a scene by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="218"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="223"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../qml/Notebook.qml" line="19"/>
        <source>Notebook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="27"/>
        <source>Nothing flagged yet. Select a sentence or a part of the picture that worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="61"/>
        <source>Remove this flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="19"/>
        <source>The coordinator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="38"/>
        <source>At least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="48"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="49"/>
        <source>Coordinator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="58"/>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="59"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PasswordDialog.qml" line="74"/>
        <source>Set the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureEditor</name>
    <message>
        <location filename="../qml/PictureEditor.qml" line="37"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="43"/>
        <source>Replace the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="43"/>
        <source>Choose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="59"/>
        <source>Drag on the picture to draw a region the trainee can flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="74"/>
        <source>The scene&apos;s picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="151"/>
        <source>Arrows move it, Shift+arrows resize it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="215"/>
        <source>What the picture shows (read aloud to those who cannot see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="150"/>
        <location filename="../qml/PictureEditor.qml" line="226"/>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="237"/>
        <source>Remove the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="247"/>
        <source>Choose a picture for the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PictureEditor.qml" line="249"/>
        <source>Pictures (*.svg *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlantedDetailList</name>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="21"/>
        <source>Planted details (a leading question can plant a wrong detail the trainee then acts on; the debrief traces it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="49"/>
        <source>Planted detail %1, named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="59"/>
        <source>Name of planted detail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="62"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="64"/>
        <source>Remove planted detail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="71"/>
        <source>What the answer seems to establish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="77"/>
        <source>What is in fact the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlantedDetailList.qml" line="85"/>
        <source>Add a planted detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <location filename="../qml/PlayScreen.qml" line="137"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="144"/>
        <source>Notebook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="149"/>
        <source>Step out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="150"/>
        <source>Pause and leave; your progress is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="163"/>
        <source>Preview, not recorded. Points so far: signs %1 · conduct %2 · referral %3 · assessment %4 · total %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="163"/>
        <source>Variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="216"/>
        <source>Flagged: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="217"/>
        <source>A part of the picture; press Enter to flag it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="253"/>
        <source>Feedback: after each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="253"/>
        <source>Feedback: at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="254"/>
        <source>Feedback after each question (practice) or only at the end (assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="335"/>
        <source>Next message ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="336"/>
        <source>Show the next message (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="341"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="342"/>
        <source>Show all the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="354"/>
        <source>%1 of %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="381"/>
        <source>Your question: %1, a recommended kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="381"/>
        <source>Your question: %1, not a recommended kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="404"/>
        <source>Something worries you? Click a sentence or a part of the picture (or Tab to it and press Enter) to flag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="455"/>
        <source>What do you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="455"/>
        <source>What do you say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="515"/>
        <source>Step out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="522"/>
        <source>Your progress is kept. Next time you can continue exactly where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="33"/>
        <source>Open answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="33"/>
        <source>Next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="25"/>
        <location filename="../qml/PresenterConsole.qml" line="35"/>
        <source>Close answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="37"/>
        <source>Reveal the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="39"/>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="29"/>
        <location filename="../qml/PresenterConsole.qml" line="41"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="27"/>
        <source>Show the take-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="27"/>
        <source>Back to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="47"/>
        <source>Knowledge check open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="49"/>
        <source>Knowledge check closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="51"/>
        <source>Take-away on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="55"/>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="57"/>
        <source>Scene on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="59"/>
        <source>Answers open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="61"/>
        <source>Answers closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="63"/>
        <source>Spread revealed: discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="65"/>
        <source>Scenario ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="137"/>
        <source>Time in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="141"/>
        <source>Joined: %1  ·  Answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="141"/>
        <source>Joined: %1  ·  Answered all: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="203"/>
        <source>Practice: the room sees each question&apos;s type when revealed (off: assessment, only at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="219"/>
        <source>Options (the key is for you: the room sees it only when revealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="347"/>
        <source>Knowledge check and take-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="364"/>
        <source>Check before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="365"/>
        <source>Open the knowledge check before the seminar on the phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="373"/>
        <source>Check after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="374"/>
        <source>Open the same knowledge check after the seminar on the phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="382"/>
        <source>Take-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="383"/>
        <source>Show the take-away on the projector and the phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="408"/>
        <source>Save the take-away as a one-page PDF to print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="416"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="417"/>
        <source>Open the saved take-away to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PresenterConsole.qml" line="425"/>
        <source>Saved: %1. %n number(s) on it not yet confirmed with the institution: check before you hand it out.</source>
        <translation>
            <numerusform>Saved: %1. %n number on it is not yet confirmed with the institution: check it before you hand it out.</numerusform>
            <numerusform>Saved: %1. %n numbers on it are not yet confirmed with the institution: check them before you hand it out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="425"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="448"/>
        <source>Open joining (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="465"/>
        <source>Many wrong PINs: someone may be guessing it. Joining is paused for a while; phones already in go on. A new PIN lets people join now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="478"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="479"/>
        <source>Give a new PIN for joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="520"/>
        <source>Leave the seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="549"/>
        <source>Nobody answered: count hands or choose for the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="602"/>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="614"/>
        <source>Hands for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="616"/>
        <source>Show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="621"/>
        <source>Room&apos;s choice ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="621"/>
        <source>Choose for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="622"/>
        <source>Choose for the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="239"/>
        <source>Signs in this scene, and how many flagged them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="254"/>
        <source>not a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="280"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="293"/>
        <source>Scenario to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="305"/>
        <source>Participants answer on phones (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="327"/>
        <source>Start (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="333"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="339"/>
        <source>Timer off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="339"/>
        <source>60 s timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="395"/>
        <source>Take-away PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="432"/>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="443"/>
        <source>The network the phones are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="448"/>
        <source>Close joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="487"/>
        <source>Dropped messages: %1 malformed, %2 over the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="494"/>
        <source>Who is here (✓ answered this decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="541"/>
        <source>◀ Back (PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="549"/>
        <source>The room goes on with the option marked blue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>Judgement: trafficking, labour rights or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>The ILO/EC dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>One right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="17"/>
        <source>Several right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="40"/>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="50"/>
        <source>Kind of question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="57"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="66"/>
        <source>Points of question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="70"/>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="78"/>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="84"/>
        <source>Key by the ILO/EC rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="93"/>
        <source>The right answer is worked out from the scenario&apos;s signs, and follows them when they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="93"/>
        <source>The right answer is the one marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="109"/>
        <source>Option %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="119"/>
        <source>Right or not: the rule decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="119"/>
        <source>A right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="120"/>
        <source>Option %1 is a right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="126"/>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="128"/>
        <source>Remove option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="146"/>
        <source>Add an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/QuestionEditor.qml" line="153"/>
        <source>Explanation shown after answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralComposer</name>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="22"/>
        <source>Immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="25"/>
        <source>The same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="28"/>
        <source>Within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="31"/>
        <source>When the person is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="121"/>
        <source>Who should be involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="169"/>
        <source>Your plan, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="178"/>
        <source>Tick the institutions to involve. Then set how urgent each one is and put them in the order you would contact them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="224"/>
        <source>How urgent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="232"/>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="238"/>
        <source>Later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="244"/>
        <source>Take out of the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="259"/>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="274"/>
        <source>Plan saved. You can change it and save again before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="259"/>
        <source>Save this plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyLineEditor</name>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="45"/>
        <source>Answer line %1, said by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="53"/>
        <source>Who says answer line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="59"/>
        <source>Unreliable (said to please or to end it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="65"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="67"/>
        <source>Remove answer line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="80"/>
        <source>It plants the wrong detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="88"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="89"/>
        <source>The wrong detail answer line %1 plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="97"/>
        <source>(add one under “Scenario, endings, referral key”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="115"/>
        <source>Said only when, after the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="122"/>
        <source>Only if asked before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReplyLineEditor.qml" line="129"/>
        <source>Only if not asked before:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestsOnField</name>
    <message>
        <location filename="../qml/RestsOnField.qml" line="15"/>
        <source>Acts on a planted detail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsFileDialog</name>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="13"/>
        <source>Open or create a results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="15"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="18"/>
        <source>Saskati results (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ResultsFileDialog.qml" line="18"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDecisionsTab</name>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="15"/>
        <source>Choose a scenario to see how its decisions work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="15"/>
        <source>F: facility (how many got it right) · DI: discrimination index · DE: discriminative efficiency; below 15 % the decision does not tell stronger from weaker trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>%1 attempts · F %2 % · DI %3 · DE %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>dubious</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewDecisionsTab.qml" line="50"/>
        <source>%n critical error(s) ⚠</source>
        <translation>
            <numerusform>%n critical error ⚠</numerusform>
            <numerusform>%n critical errors ⚠</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDirectoryTab</name>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="28"/>
        <source>Check each contact with the institution, correct it, tick &quot;verified today&quot; and save. Debriefs show these contacts with the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="48"/>
        <source>verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="48"/>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="60"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="69"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="70"/>
        <source>Phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="76"/>
        <source>Free phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="77"/>
        <source>Free phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="83"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="84"/>
        <source>E-mail of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="90"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="91"/>
        <source>Website of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="97"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="98"/>
        <source>Address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="105"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="106"/>
        <source>Hours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="113"/>
        <source>verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="118"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDirectoryTab.qml" line="119"/>
        <source>Save the contacts of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewImprovementTab</name>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="22"/>
        <source>Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="30"/>
        <source>Participants with two or more completed attempts of a scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="38"/>
        <source>First attempt %1 % → latest %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="47"/>
        <source>Class gain: %1 · mean of individual gains: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="54"/>
        <source>Hake&apos;s normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="65"/>
        <source>Knowledge checks of prevention seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewImprovementTab.qml" line="81"/>
        <source>%1: right answers %2 % before → %3 % after; class gain %4 (%n answered both)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="81"/>
        <source>%1: nobody answered both rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="92"/>
        <source>Questions in conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="101"/>
        <source>No conversation has been held within these filters yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="110"/>
        <source>Recommended questions: %1 % of %2 asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="124"/>
        <source>Attempt %1 (participants: %2): %3 % recommended of %4 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="142"/>
        <source>%1 (attempts: %2): %3 % recommended of %4 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>%1 %2 % (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="153"/>
        <source>not recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewImprovementTab.qml" line="162"/>
        <source>Attempt 1 is each person&apos;s first attempt with a conversation; later rows pool fewer people. With one person or one seminar chosen, the rows are theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewIndicatorsTab</name>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="14"/>
        <source>Detection of each sign, worst first (found / times on the path; wrongly named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="30"/>
        <source>wrongly named %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewIndicatorsTab.qml" line="30"/>
        <source>too few to tell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewOverviewTab</name>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="42"/>
        <location filename="../qml/ReviewOverviewTab.qml" line="150"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="50"/>
        <source>Back to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="79"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="80"/>
        <source>Open the debrief of the attempt of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="95"/>
        <source>Scores (percent of the best possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="119"/>
        <source>Who took part: completed attempts · mean · best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="126"/>
        <source>Replace names by codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="127"/>
        <source>Replace the names of this seminar&apos;s participants by their codes, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="149"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="154"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="155"/>
        <source>Erase %1 and all their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewOverviewTab.qml" line="162"/>
        <source>By month: seminars · participants · attempts · mean score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="101"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="116"/>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="116"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="117"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="130"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="146"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="146"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="147"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="147"/>
        <source>Wrongly named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="156"/>
        <source>fewer than 10 exposures: too few to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="163"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="164"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="169"/>
        <source>dubious</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewpdf.cpp" line="170"/>
        <source>%n critical error(s) ⚠</source>
        <translation>
            <numerusform>%n critical error ⚠</numerusform>
            <numerusform>%n critical errors ⚠</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="188"/>
        <source>Questions in conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="189"/>
        <source>Recommended questions: %1 % of %2 asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="193"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="193"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="194"/>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="202"/>
        <source>Attempt %1 (participants: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="209"/>
        <source>%1 (attempts: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="227"/>
        <source>Knowledge checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="227"/>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="228"/>
        <source>Answered both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="228"/>
        <source>Right before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="229"/>
        <source>Right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="229"/>
        <source>Normalised gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="243"/>
        <source>Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="246"/>
        <source>Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → latest %3 %. Class gain: %4. Mean of individual gains: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="253"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="261"/>
        <source>Saskati — review of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewpdf.cpp" line="264"/>
        <source>Made %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPeopleTab</name>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="26"/>
        <source>Find anyone in the results by part of their name or code: solo trainees, seminar participants, people who stopped early or never played. Erasing deletes the person and all their results, also from the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="37"/>
        <source>Name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="38"/>
        <source>Find a participant by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="45"/>
        <source>Nobody&apos;s name or code contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewPeopleTab.qml" line="68"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="76"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="77"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="82"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewPeopleTab.qml" line="83"/>
        <source>Erase %1 and all their results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewReportView</name>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="46"/>
        <source>Referral plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="53"/>
        <source>%1, turn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="107"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="109"/>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="111"/>
        <source>interrupted (the seminar was not resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="115"/>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="143"/>
        <source>%n completed attempt(s)</source>
        <translation>
            <numerusform>%n completed attempt</numerusform>
            <numerusform>%n completed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="144"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../report/reviewreportview.cpp" line="144"/>
        <source>%n seminar(s)</source>
        <translation>
            <numerusform>%n seminar</numerusform>
            <numerusform>%n seminars</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="215"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="217"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="219"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="229"/>
        <source>none (every first attempt already scored 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="270"/>
        <source>none (everyone was right before already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="271"/>
        <source>none (nobody answered both rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="279"/>
        <source>Feedback after each question (practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="281"/>
        <source>Feedback at the end only (assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="283"/>
        <source>Feedback switched during the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="284"/>
        <source>Feedback not recorded (older attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="324"/>
        <source>all scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="325"/>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="326"/>
        <source>all roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="326"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="328"/>
        <source>seminar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="330"/>
        <source>lecturer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="332"/>
        <source>municipality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="334"/>
        <source>dates %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="337"/>
        <source>the best attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="338"/>
        <source>the latest attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/reviewreportview.cpp" line="339"/>
        <source>the first attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="169"/>
        <source>Review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>The review shows every participant&apos;s results. Enter the coordinator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="201"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="202"/>
        <source>Coordinator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="212"/>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="213"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="220"/>
        <source>Open the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="220"/>
        <source>Set the password and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="261"/>
        <source>This laptop&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="265"/>
        <source>The server&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="269"/>
        <source>Whose results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="281"/>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="283"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="294"/>
        <source>Read the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="329"/>
        <source>All scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="331"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="340"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="342"/>
        <source>Participants&apos; role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="351"/>
        <source>All seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="353"/>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="363"/>
        <source>All lecturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="365"/>
        <source>Lecturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="380"/>
        <source>from YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="382"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="391"/>
        <source>to YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="393"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="404"/>
        <source>first attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="408"/>
        <source>best attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="412"/>
        <source>latest attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="416"/>
        <source>Which attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="430"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="447"/>
        <source>Save CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="448"/>
        <source>Save every table as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="108"/>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="460"/>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="110"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="47"/>
        <source>Could not erase on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="62"/>
        <source>Erasing on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="64"/>
        <source>Reading the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="66"/>
        <source>Could not read the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="68"/>
        <source>Not read from the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="70"/>
        <source>Partly read from the server: read it again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="71"/>
        <source>As the server had them on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="79"/>
        <source>the server&apos;s address cannot be used; check it on the Server tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="81"/>
        <source>the server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="83"/>
        <source>the server&apos;s identity could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="85"/>
        <source>the server refused the account or its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="87"/>
        <source>the server has no such database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="89"/>
        <source>Saskati is not set up on this server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="91"/>
        <source>this account may not erase this person: a lecturer erases only the people they sent; ask the municipality&apos;s coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="91"/>
        <source>this account may not read results on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="93"/>
        <source>the server no longer holds this person for this account; read the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="95"/>
        <source>the copy of the server&apos;s results on this laptop could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="97"/>
        <source>the password kept on this laptop could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="99"/>
        <source>the app is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="101"/>
        <source>something went wrong with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="116"/>
        <source>Done: %1 and all their results were erased on the server. Every laptop that has them erases them at its next sync, also from its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="472"/>
        <source>Save xAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="473"/>
        <source>Save the attempts as xAPI statements for a learning record store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="486"/>
        <source>Import results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="487"/>
        <source>Import a results bundle from another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="491"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="532"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="535"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="538"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="542"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="549"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="114"/>
        <source>Done: %1 and all their results were erased, also from the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="169"/>
        <source>No coordinator&apos;s password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>Choose a password of at least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>The review shows every participant&apos;s results, so it opens only with the coordinator&apos;s password. The team&apos;s coordinator sets it on this laptop; if that is not you, ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="188"/>
        <source>I am the coordinator: set the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="546"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="553"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="605"/>
        <source>Reading the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="654"/>
        <source>Erase this participant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="660"/>
        <source>%1 (code %2): every attempt of this participant is deleted, here and in the backups. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="112"/>
        <source>Saved the contacts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="627"/>
        <source>Import a results bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="628"/>
        <source>Results bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="640"/>
        <source>Imported: %1 new, %2 already here, %3 conflicts (the local rows were kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="660"/>
        <source>%1 (code %2): every attempt of this participant is deleted on the server, and on every laptop that has them at its next sync, also in the backups. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="674"/>
        <source>The server is being read: erase when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="674"/>
        <source>No server is chosen for this results file: choose one on the Server tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="695"/>
        <source>Replace names by codes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="699"/>
        <source>The names of everyone who took part in this seminar are replaced by their pseudonymous codes, here and in the backups. Their results stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewScreen.qml" line="118"/>
        <source>%n name(s) replaced by codes</source>
        <translation>
            <numerusform>%n name replaced by a code</numerusform>
            <numerusform>%n names replaced by codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewServerTab</name>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="20"/>
        <source>This address cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="22"/>
        <source>This computer lacks PostgreSQL support (the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="24"/>
        <source>The server does not answer. Results stay on this laptop and are sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="26"/>
        <source>The server&apos;s identity could not be checked, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="28"/>
        <source>The server refused the account or its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="30"/>
        <source>The server has no such database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="32"/>
        <source>Saskati is not set up on this server yet: its administrator runs &quot;saskati-cli server init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="34"/>
        <source>The server does not let this account send results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="36"/>
        <source>Another sync of this results file is running. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="38"/>
        <source>This laptop&apos;s results file could not be read for the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="40"/>
        <source>The password could not be kept on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="42"/>
        <source>This account cannot send results: use a lecturer&apos;s or a coordinator&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="44"/>
        <source>The server&apos;s Saskati schema is older than this app&apos;s: its administrator runs &quot;saskati-cli server migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="46"/>
        <source>The server was set up by a newer Saskati: update this app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="48"/>
        <source>Something went wrong with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>lecturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>national account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="51"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="76"/>
        <source>Results are always saved on this laptop first. With a server, they are also sent to your municipality&apos;s Saskati server, so that the coordinator sees every seminar without collecting files. A seminar never waits for the network. Ask the server&apos;s administrator for the address and an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="84"/>
        <source>Nothing is kept in this window, so nothing can be sent. Open a results file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="159"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="164"/>
        <location filename="../qml/ReviewServerTab.qml" line="177"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="188"/>
        <source>A password is kept; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="188"/>
        <location filename="../qml/ReviewServerTab.qml" line="189"/>
        <source>The account&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="199"/>
        <source>Send results by themselves every few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="204"/>
        <source>The password is kept on this laptop in a file only your user account can read (docs/server.md), so that results can be sent without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="217"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="225"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="235"/>
        <source>Forget this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="251"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="254"/>
        <source>Account %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="254"/>
        <source>Account %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>The connection is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="256"/>
        <source>The connection is on this computer, not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="91"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="103"/>
        <source>No server is chosen for this results file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="105"/>
        <source>Nothing has been sent to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="105"/>
        <source>Everything was sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="106"/>
        <source>Nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="106"/>
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n item waiting to be sent.</numerusform>
            <numerusform>%n items waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="118"/>
        <source>Sending… (%n sent)</source>
        <translation>
            <numerusform>Sending… (%n sent)</numerusform>
            <numerusform>Sending… (%n sent)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewServerTab.qml" line="118"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="137"/>
        <source>The last sync sent %n item(s).</source>
        <translation>
            <numerusform>The last sync sent %n item.</numerusform>
            <numerusform>The last sync sent %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="139"/>
        <source>%n person(s) erased on the server were erased here too.</source>
        <translation>
            <numerusform>%n person erased on the server was erased here too.</numerusform>
            <numerusform>%n people erased on the server were erased here too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="141"/>
        <source>%n row(s) were already on the server from another account and stay theirs.</source>
        <translation>
            <numerusform>%n row was already on the server from another account and stays theirs.</numerusform>
            <numerusform>%n rows were already on the server from another account and stay theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewServerTab.qml" line="143"/>
        <source>The server refused to erase %n person(s) for this account: ask the municipality&apos;s coordinator to erase them there.</source>
        <translation>
            <numerusform>The server refused to erase %n person for this account: ask the municipality&apos;s coordinator to erase them there.</numerusform>
            <numerusform>The server refused to erase %n people for this account: ask the municipality&apos;s coordinator to erase them there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioKeyEditor</name>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="65"/>
        <source>e.g. ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="88"/>
        <location filename="../qml/ScenarioKeyEditor.qml" line="233"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="93"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="99"/>
        <source>Content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="105"/>
        <source>What trainees learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="110"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="118"/>
        <source>Person %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="123"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="128"/>
        <source>Variables (trust, fear…: choices change them, conditions test them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="146"/>
        <source>Name of variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="152"/>
        <source>starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="156"/>
        <source>lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="160"/>
        <source>highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="178"/>
        <source>Variable %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="186"/>
        <source>Remove variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="193"/>
        <source>Add a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="203"/>
        <source>Endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="217"/>
        <source>Ending %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="226"/>
        <source>Outcome of ending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="238"/>
        <source>What happens next (shown in the debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="245"/>
        <source>Add an ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="250"/>
        <source>Referral key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="256"/>
        <source>What the trainee is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Must be in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Should be in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="266"/>
        <source>Must not be in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="288"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="297"/>
        <source>How soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="331"/>
        <source>Assessment questions (asked in an assessment scene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="347"/>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="184"/>
        <location filename="../qml/ScenarioKeyEditor.qml" line="302"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="43"/>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="54"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="56"/>
        <source>Remove the language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="66"/>
        <source>Code of a language to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="75"/>
        <source>Add the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="310"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioKeyEditor.qml" line="322"/>
        <source>Add an institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioProblemsDialog</name>
    <message>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="16"/>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="38"/>
        <source>Problems in the scenario files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ScenarioProblemsDialog.qml" line="25"/>
        <source>These files were left out; the others can be played. Each line says where (file:line:column) and what to do. A folder copied without its media folder beside it gives one line for each missing picture and voice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneEditor</name>
    <message>
        <location filename="../qml/SceneEditor.qml" line="50"/>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="59"/>
        <source>The scene&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="70"/>
        <source>Preview from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="74"/>
        <source>Remove scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="84"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="89"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="101"/>
        <location filename="../qml/SceneEditor.qml" line="110"/>
        <source>The person interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="116"/>
        <source>The conversation has a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="141"/>
        <source>Moves before it ends (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="152"/>
        <source>Moves before the conversation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="158"/>
        <source>then leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="168"/>
        <source>Where the conversation leads when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="176"/>
        <source>What happens then (the one thing left to do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="183"/>
        <source>How the person appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="203"/>
        <source>Add a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="306"/>
        <source>Add a move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="218"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="218"/>
        <source>Lines said on arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="248"/>
        <source>Line %1, said by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="261"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="281"/>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="286"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="286"/>
        <source>Moves: what the trainee can say or do, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneEditor.qml" line="306"/>
        <source>Add a choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneGraphView</name>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="121"/>
        <source>Add a scene after this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="126"/>
        <source>Add a conversation after this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="131"/>
        <source>Lead a new choice from here to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="139"/>
        <source>Remove this scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="149"/>
        <source>Remove this ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="167"/>
        <source>Find a scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="168"/>
        <source>Find a scene by its words or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SceneGraphView.qml" line="183"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="190"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="196"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="201"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="203"/>
        <source>Show the whole scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="212"/>
        <source>Click the scene or ending the new choice leads to (Esc: cancel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="317"/>
        <source>Ending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="317"/>
        <source>Scene %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SceneGraphView.qml" line="318"/>
        <source>Menu key: add a scene after it, lead a choice from it, remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenePresenter</name>
    <message>
        <location filename="../src/scenepresenter.cpp" line="116"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="22"/>
        <source>Plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="26"/>
        <source>Distractor (looks like a sign, is not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="32"/>
        <source>Sign: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="44"/>
        <source>What the region shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="58"/>
        <source>What this part is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="73"/>
        <source>Split at the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="76"/>
        <source>Cut this part in three at the words selected above, to mark them alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="85"/>
        <source>Feedback when it is noticed or missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SegmentEditor.qml" line="85"/>
        <source>Feedback when it is flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeminarScreen</name>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="124"/>
        <source>Joined %1 · answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="130"/>
        <source>Hide console (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="130"/>
        <source>Console (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="133"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="136"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="139"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="175"/>
        <source>End the seminar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="188"/>
        <source>The scenario stops here and the phones are told that the seminar has ended. Answers given so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="188"/>
        <source>The phones are told that the seminar has ended. Answers given so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="201"/>
        <source>End the seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="208"/>
        <source>Continue the seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="220"/>
        <source>Saskati — audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeminarSetupScreen</name>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="15"/>
        <source>Mixed audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="53"/>
        <source>New seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="60"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="69"/>
        <source>e.g. Liepāja, social workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="70"/>
        <source>Seminar title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="74"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="82"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="86"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="96"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="100"/>
        <source>Scenarios for this seminar (Space to choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="114"/>
        <source>Scenarios for this seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="130"/>
        <source>Open the seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="153"/>
        <source>Reopen a seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="161"/>
        <source>No seminars yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="182"/>
        <source>Interrupted: resume “%1” where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="183"/>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="183"/>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="195"/>
        <source>Do not resume: close it as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="225"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeminarSummary</name>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="23"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="30"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="37"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="53"/>
        <source>%n critical error(s)</source>
        <translation>
            <numerusform>%n critical error</numerusform>
            <numerusform>%n critical errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="62"/>
        <source>Signs: how many participants flagged each (fewest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="87"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="102"/>
        <source>%n vote(s) for a critical error</source>
        <translation>
            <numerusform>%n vote for a critical error</numerusform>
            <numerusform>%n votes for a critical error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerStatusButton</name>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="11"/>
        <source>never yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: %n waiting</source>
        <translation>
            <numerusform>Server: %n waiting</numerusform>
            <numerusform>Server: %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="18"/>
        <source>Server: not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ServerStatusButton.qml" line="19"/>
        <source>Send results to the server now. Everything was last sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../qml/SignInScreen.qml" line="29"/>
        <source>Who is practising?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="53"/>
        <source>Nobody has practised on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="67"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="73"/>
        <source>A first name or a pseudonym is enough. Results stay on this computer unless exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="83"/>
        <location filename="../qml/SignInScreen.qml" line="84"/>
        <source>Name or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="90"/>
        <location filename="../qml/SignInScreen.qml" line="110"/>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="105"/>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="109"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="115"/>
        <source>Choose your work (or “I&apos;d rather not say”) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="126"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../qml/StartScreen.qml" line="68"/>
        <source>Recognise. Ask well. Refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="76"/>
        <source>A training simulator for meeting people who may be victims of human trafficking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="86"/>
        <source>The coordinator&apos;s password is set. Review results now asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>Practising without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>This results file is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="110"/>
        <source>Results cannot be saved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="119"/>
        <source>Nothing done in this window is kept: no names, no attempts, no seminar answers. To keep results, open a results file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="141"/>
        <source>Open another results file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="151"/>
        <source>Practise without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="160"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="161"/>
        <source>Quit Saskati</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StartScreen.qml" line="176"/>
        <source>%n scenario(s) loaded;</source>
        <translation>
            <numerusform>%n scenario loaded;</numerusform>
            <numerusform>%n scenarios loaded;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StartScreen.qml" line="176"/>
        <source>%n file(s) have problems and were left out.</source>
        <translation>
            <numerusform>%n file has problems and was left out.</numerusform>
            <numerusform>%n files have problems and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="184"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="185"/>
        <source>Show the problems in the scenario files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="217"/>
        <source>Set the coordinator&apos;s password now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="225"/>
        <source>Review results shows every participant&apos;s results and opens only with this password. Your team&apos;s coordinator should set it, once, on this laptop. If you are not the coordinator, skip this: practising and seminars work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="234"/>
        <source>I am the coordinator: set it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="239"/>
        <source>Skip: I am not the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="259"/>
        <source>Practise a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="269"/>
        <source>Run a seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="280"/>
        <source>Review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="290"/>
        <source>Write and correct scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="305"/>
        <source>Opening the results file: checking it and keeping today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateEditor</name>
    <message>
        <location filename="../qml/StateEditor.qml" line="32"/>
        <source>State %1: a stage direction (the first whose conditions hold is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="39"/>
        <source>Shown when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="53"/>
        <source>Portrait of state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="57"/>
        <source>Another portrait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="57"/>
        <source>A portrait for this state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="58"/>
        <source>Choose a portrait for state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="65"/>
        <source>Remove the portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="66"/>
        <source>Remove the portrait of state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="71"/>
        <source>Remove state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="73"/>
        <source>Remove state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="81"/>
        <source>What the portrait shows (for those who cannot see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="88"/>
        <source>Choose a portrait for this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StateEditor.qml" line="90"/>
        <source>Pictures (*.svg *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeawayPdf</name>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="63"/>
        <source>* As Saskati&apos;s list of contacts has it; not yet confirmed with the institution. If it does not answer, call 112 in danger, or ask an adult you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="74"/>
        <source>Before you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../report/takeawaypdf.cpp" line="75"/>
        <source>Who can help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::AppContext</name>
    <message>
        <location filename="../src/appcontext.cpp" line="432"/>
        <source>%1 is read-only (for example on a write-protected stick, or another user&apos;s file). Open another results file, or practise without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="437"/>
        <source>The folder of %1 is read-only, and the database needs to write beside the file. Open a results file in another folder, or practise without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="443"/>
        <source>Saskati is already open with %1 (program %2 on %3). Use that window: two windows on one results file would offer the same attempt twice. Or open another results file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="449"/>
        <source>Saskati is already open with %1. Use that window, or open another results file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="452"/>
        <source>%1 is damaged. It has been left untouched; the coordinator can restore a backup (saskati-cli results restore). Open another results file, or practise without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="457"/>
        <source>%1 was written by a newer version of Saskati. It has not been changed: update Saskati to use it. Open another results file, or practise without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="462"/>
        <source>%1 cannot be opened. Open another results file, or practise without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="621"/>
        <source>Adults: the Drošā māja trust line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="622"/>
        <source>Adults: the Drošā māja trust line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="626"/>
        <source>Children and young people: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/appcontext.cpp" line="628"/>
        <source>In danger: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::PlaySession</name>
    <message>
        <location filename="../src/playsession.cpp" line="90"/>
        <source>The scenario has errors: fix them before previewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="97"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="146"/>
        <source>Sign in and choose a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="194"/>
        <source>No scenario is being played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="336"/>
        <source>Turns taken: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::ReviewController</name>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="70"/>
        <location filename="../src/reviewcontroller.cpp" line="99"/>
        <source>The results database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="73"/>
        <source>The coordinator&apos;s password is already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="75"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="77"/>
        <source>Choose a password of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="102"/>
        <source>No coordinator&apos;s password is set yet: the team&apos;s coordinator sets it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="104"/>
        <source>That is not the coordinator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n completed attempt(s)</source>
        <translation type="vanished">
            <numerusform>%n completed attempt</numerusform>
            <numerusform>%n completed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="vanished">
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s)</source>
        <translation type="vanished">
            <numerusform>%n seminar</numerusform>
            <numerusform>%n seminars</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="236"/>
        <source>Write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="334"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="345"/>
        <source>The review is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="351"/>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="356"/>
        <source>%1 is not a results bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="394"/>
        <source>Only a finished attempt has a debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="459"/>
        <source>These are the server&apos;s results, shown here to be read: nothing is changed in them here. Choose this laptop&apos;s results to import, erase or replace names by codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="472"/>
        <location filename="../src/reviewcontroller.cpp" line="490"/>
        <source>Open the review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="477"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="481"/>
        <source>Cannot write the CSV files into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical error(s) ⚠</source>
        <translation type="vanished">
            <numerusform>%n critical error ⚠</numerusform>
            <numerusform>%n critical errors ⚠</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="501"/>
        <source>Cannot write the report %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::ScenarioEditor</name>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="192"/>
        <location filename="../src/scenarioeditor.cpp" line="285"/>
        <source>Give the scenario a title first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="290"/>
        <source>Save or undo the changes to this scenario before renaming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="305"/>
        <source>Renamed: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="313"/>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="336"/>
        <source>Imported from Twine: %1 passages, %2 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="337"/>
        <source>Not brought in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/scenarioeditor.cpp" line="355"/>
        <source>%n scenario(s) imported.</source>
        <translation>
            <numerusform>%n scenario imported.</numerusform>
            <numerusform>%n scenarios imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="365"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="414"/>
        <location filename="../src/scenarioeditor.cpp" line="426"/>
        <location filename="../src/scenarioeditorlists.cpp" line="38"/>
        <location filename="../src/scenarioeditornames.cpp" line="64"/>
        <location filename="../src/scenarioeditornames.cpp" line="87"/>
        <source>Nothing is open to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="419"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="427"/>
        <location filename="../src/scenarioeditorlists.cpp" line="174"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="455"/>
        <source>Nothing is open to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="529"/>
        <source>Another scenario in the library has the id &apos;%1&apos;: choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="605"/>
        <source>Nothing is open to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditor.cpp" line="608"/>
        <source>Fix the errors in the list first: a scenario with errors cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="45"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="48"/>
        <source>Add a scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="58"/>
        <source>There is no scene %1 with choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="63"/>
        <source>Add a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="73"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="148"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="163"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="301"/>
        <source>There is no scene %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="79"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="85"/>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="101"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="104"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="115"/>
        <source>Add an ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="125"/>
        <source>A referral entry is required, recommended or harmful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="138"/>
        <source>Add to the referral key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="152"/>
        <source>Lead scene %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="164"/>
        <source>Add a scene after scene %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="177"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="275"/>
        <source>There is no choice at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="183"/>
        <source>Stay in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="195"/>
        <source>Lead the choice to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="202"/>
        <source>Select words in one part of a line to split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="207"/>
        <source>There is no part of a line at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="218"/>
        <source>Split a part of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="226"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="246"/>
        <source>There is nothing to mark at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="238"/>
        <source>Mark a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="254"/>
        <source>Mark a distractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="262"/>
        <source>There is nothing to unmark at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="267"/>
        <source>Unmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="293"/>
        <source>Mark a critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="293"/>
        <source>Unmark the critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="329"/>
        <source>Choose the scene&apos;s picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="348"/>
        <source>There is no region at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="357"/>
        <source>Move or resize a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="365"/>
        <location filename="../src/scenarioeditorpieces.cpp" line="388"/>
        <source>Choose a picture for the scene first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorpieces.cpp" line="384"/>
        <source>Draw a hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="66"/>
        <source>%1 is not a list of the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="37"/>
        <source>There is nothing to change at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="48"/>
        <source>Add a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="49"/>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="50"/>
        <source>Add a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="51"/>
        <source>Add a move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="52"/>
        <source>Add an answer line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="53"/>
        <source>Add a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="54"/>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="55"/>
        <source>Add an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="56"/>
        <source>Add a planted detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="93"/>
        <source>Nothing of this kind (%1) can be added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="113"/>
        <source>Nothing of this kind (%1) can be made at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="122"/>
        <source>Add a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="142"/>
        <source>Nothing can be added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="158"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="166"/>
        <source>There is no list at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="192"/>
        <source>Change how a variable changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="206"/>
        <source>Change the kind of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="217"/>
        <source>Change the right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="191"/>
        <source>The scenario&apos;s own fields cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditorlists.cpp" line="201"/>
        <source>A question is a judgement, dimensions, single or multiple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="34"/>
        <source>Only a variable or a planted detail is renamed where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="41"/>
        <source>&apos;%1&apos; cannot be a name: use lowercase letters (a–z), digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="48"/>
        <source>&apos;%1&apos; is already used in this scenario: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="58"/>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="67"/>
        <source>&apos;%1&apos; is not a language code: write its two or three letters, e.g. ru or uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="70"/>
        <source>The scenario already has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="81"/>
        <source>Add the language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="90"/>
        <source>The scenario has no %1 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="92"/>
        <source>%1 is the scenario&apos;s only language: add another before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="113"/>
        <source>Remove the language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="165"/>
        <source>Remove the portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/scenarioeditornames.cpp" line="165"/>
        <source>Choose a portrait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::SeminarController</name>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>this laptop only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="134"/>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="278"/>
        <source>Decision %1 · the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/seminarcontroller.cpp" line="279"/>
        <source>Decision %1 · at most %n more</source>
        <translation>
            <numerusform>Decision %1 · at most %n more</numerusform>
            <numerusform>Decision %1 · at most %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="393"/>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="426"/>
        <source>%1 · question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="472"/>
        <location filename="../src/seminarcontroller.cpp" line="492"/>
        <location filename="../src/seminarcontroller.cpp" line="532"/>
        <source>The results database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="474"/>
        <source>Give the seminar a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="503"/>
        <source>That seminar is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="522"/>
        <source>The interrupted scenario could not be resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/seminarcontroller.cpp" line="565"/>
        <source>%n answer(s) could not be saved (the phones were asked to send them again): %1</source>
        <translation>
            <numerusform>%n answer could not be saved (the phone was asked to send it again): %1</numerusform>
            <numerusform>%n answers could not be saved (the phones were asked to send them again): %1</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="581"/>
        <source>Choose the network the phones are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="633"/>
        <source>There is no scenario &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="658"/>
        <source>Nobody has answered. PageDown again: the room goes on with the best practice (✓). Or count hands on the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="675"/>
        <source>Choose the room&apos;s answer on the console: no option is without a critical error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="123"/>
        <source>This seminar&apos;s audience has no knowledge check in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="126"/>
        <source>Choose the check before or after the seminar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="146"/>
        <location filename="../src/seminarcontroller_check.cpp" line="164"/>
        <source>This seminar&apos;s audience has no take-away in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="157"/>
        <source>The catalogue&apos;s texts are not in %1: choose one of %2 for the take-away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller_check.cpp" line="172"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::SeminarRoom</name>
    <message>
        <location filename="../../engine/seminar/seminarroom_members.cpp" line="163"/>
        <source>%1 could not join the running scenario: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_members.cpp" line="172"/>
        <source>%1 could not join: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_resume.cpp" line="32"/>
        <source>Only an interrupted scenario of this seminar can be resumed, in a room that has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="25"/>
        <source>A scenario is running; stop it or play it to its end first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="81"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="84"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="127"/>
        <source>Start a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="105"/>
        <source>Nobody has answered: choose the room&apos;s answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="125"/>
        <source>The scenario has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="134"/>
        <source>Leave the knowledge check first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="137"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="171"/>
        <source>Nothing to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="150"/>
        <source>This is the first decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="178"/>
        <source>No scenario is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="211"/>
        <source>The room&apos;s result could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="250"/>
        <source>The answers of %1 could not follow the room&apos;s step and are no longer recorded for this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="272"/>
        <source>The room&apos;s path could not be read back from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="283"/>
        <source>The answers of %1 could not be read back from the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="83"/>
        <source>There is no decision to choose for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="88"/>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="99"/>
        <source>&apos;%1&apos; is not a choice of this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="101"/>
        <source>A show of hands counts 0 to 10,000 hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="202"/>
        <source>the referral plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_tally.cpp" line="216"/>
        <source>The room&apos;s majority answers were not all taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="32"/>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="63"/>
        <source>A scenario is running; play it to its end or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="34"/>
        <source>The knowledge check has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="39"/>
        <source>The right answers have been shown on the phones: the check cannot be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="42"/>
        <source>The check before is for before the first scenario: open the check after instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="54"/>
        <source>No knowledge check is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/seminar/seminarroom_check.cpp" line="65"/>
        <location filename="../../engine/seminar/seminarroom_steps.cpp" line="27"/>
        <source>Close the knowledge check first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::TargetListModel</name>
    <message>
        <location filename="../src/targetlistmodel.cpp" line="51"/>
        <source>(stays in the conversation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
