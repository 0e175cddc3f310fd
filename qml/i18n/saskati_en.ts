<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AudienceView</name>
    <message>
        <location filename="../qml/AudienceView.qml" line="170"/>
        <source>What do you notice? What do you do? Answer on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="170"/>
        <source>Answers are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="170"/>
        <source>The room answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="179"/>
        <source>%1 of %2 have answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="232"/>
        <source>Critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="232"/>
        <source>Best practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="263"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="319"/>
        <source>Joining is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="333"/>
        <source>QR code to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="341"/>
        <source>Join on your phone: scan the code, or open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="358"/>
        <source>PIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AudienceView.qml" line="365"/>
        <source>Switch off mobile data, stay on this Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/AudienceView.qml" line="373"/>
        <source>%n joined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentWarningScreen</name>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="34"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="47"/>
        <source>You can pause at any time with “Step out”; your progress is kept. If the story touches your own life, talk to someone you trust — the children&apos;s and youth trust line 116111 or Centre MARTA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="58"/>
        <source>I am ready — start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ContentWarningScreen.qml" line="64"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="23"/>
        <source>Recognising signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="25"/>
        <source>Conducting the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="27"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="29"/>
        <location filename="../qml/DebriefScreen.qml" line="56"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="36"/>
        <source>Missed sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="38"/>
        <source>Not a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="40"/>
        <source>Another indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="42"/>
        <source>A better choice existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="44"/>
        <source>Critical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="46"/>
        <source>Missing from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="48"/>
        <source>Should not be in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="50"/>
        <source>Too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="52"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="54"/>
        <source>No referral plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="97"/>
        <source>%1 of %2 points on the path you took · %3 % of the best possible in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="105"/>
        <source>A critical error caps the result, whatever else went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="116"/>
        <source>Play again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="121"/>
        <source>Back to scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="175"/>
        <source>Signs: %1 found, %2 missed, %3 flagged that were not signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="181"/>
        <source>What to learn from this attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="228"/>
        <source>The conversation again, with the signs marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="235"/>
        <source>Green: a sign you noticed. Orange: a sign you missed. Red: flagged, but not a sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Noticed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Missed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="279"/>
        <source>Not a sign: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="292"/>
        <source>The referral path this case calls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DebriefScreen.qml" line="329"/>
        <source>Your earlier attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogueLine</name>
    <message>
        <location filename="../qml/DialogueLine.qml" line="53"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="53"/>
        <source>▶ Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="54"/>
        <source>Stop the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="54"/>
        <source>Listen to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="69"/>
        <source>Flagged: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DialogueLine.qml" line="70"/>
        <source>Press Enter to flag this as a sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagMenu</name>
    <message>
        <location filename="../qml/FlagMenu.qml" line="44"/>
        <source>Something is wrong here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="52"/>
        <source>Remove the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="63"/>
        <source>…or find the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FlagMenu.qml" line="64"/>
        <source>Find an indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="15"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="17"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="18"/>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="26"/>
        <source>My history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HistoryScreen.qml" line="32"/>
        <source>No attempts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="30"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="40"/>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="43"/>
        <location filename="../qml/LibraryScreen.qml" line="154"/>
        <source>No trafficking (control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="47"/>
        <source>Filter by form of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="56"/>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="60"/>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="64"/>
        <source>My history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="81"/>
        <source>You left “%1” before the end. Continue where you stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="89"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryScreen.qml" line="154"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="170"/>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="179"/>
        <source>Not played yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="179"/>
        <source>Your best: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="186"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LibraryScreen.qml" line="187"/>
        <source>Play %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="72"/>
        <source>Saskati — recognise and refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="98"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="104"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Switch the interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="117"/>
        <source>Voices: auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="117"/>
        <source>Voices: on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="118"/>
        <source>Play the voices of a scene by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="123"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../qml/Notebook.qml" line="17"/>
        <source>Notebook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="24"/>
        <source>Nothing flagged yet. Select a sentence or a part of the picture that worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Notebook.qml" line="57"/>
        <source>Remove this flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayScreen</name>
    <message>
        <location filename="../qml/PlayScreen.qml" line="103"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="110"/>
        <source>Notebook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="115"/>
        <source>Step out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="116"/>
        <source>Pause and leave; your progress is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="156"/>
        <source>A part of the picture; press Enter to flag it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="229"/>
        <source>Plan saved. You can change it and save again before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="252"/>
        <source>What do you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="299"/>
        <source>Step out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PlayScreen.qml" line="302"/>
        <source>Your progress is kept. Next time you can continue exactly where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="20"/>
        <source>Open answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="22"/>
        <source>Close answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="24"/>
        <source>Reveal the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="26"/>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="28"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="34"/>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="36"/>
        <source>Scene on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="38"/>
        <source>Answers open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="40"/>
        <source>Answers closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="42"/>
        <source>Spread revealed: discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="44"/>
        <source>Scenario ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="103"/>
        <source>Time in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="107"/>
        <source>Joined: %1  ·  Answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="149"/>
        <source>Options (the key is for you: the room sees it only when revealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="180"/>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="191"/>
        <source>Hands for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="193"/>
        <source>Show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="197"/>
        <source>Room&apos;s choice ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="197"/>
        <source>Choose for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="198"/>
        <source>Choose for the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="215"/>
        <source>Signs in this scene, and how many flagged them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="224"/>
        <source>not a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="246"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="259"/>
        <source>Scenario to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="270"/>
        <source>Participants answer on phones (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="278"/>
        <source>Start (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="283"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="288"/>
        <source>Timer off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="288"/>
        <source>60 s timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="293"/>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="304"/>
        <source>The network the phones are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="309"/>
        <source>Close joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="309"/>
        <source>Open joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="323"/>
        <source>Dropped messages: %1 malformed, %2 over the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="328"/>
        <source>Who is here (✓ answered this decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="362"/>
        <source>◀ Back (PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="371"/>
        <source>The room goes on with the option marked blue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PresenterConsole.qml" line="371"/>
        <source>Nobody answered: choose for the room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralComposer</name>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="15"/>
        <source>Immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="18"/>
        <source>The same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="21"/>
        <source>Within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="24"/>
        <source>When the person is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="100"/>
        <source>Your plan, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="126"/>
        <source>How urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="131"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="137"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReferralComposer.qml" line="151"/>
        <source>Save this plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="39"/>
        <source>Review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="39"/>
        <source>Set the coordinator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="47"/>
        <source>The review shows every participant&apos;s results. Enter the coordinator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="47"/>
        <source>Nobody has set one on this laptop yet. Choose a password of at least 8 characters; trainees must not know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="58"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="59"/>
        <source>Coordinator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="69"/>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="70"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="76"/>
        <source>Open the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="76"/>
        <source>Set the password and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="106"/>
        <source>All scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="109"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="121"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="124"/>
        <source>Participants&apos; role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="137"/>
        <source>All seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="140"/>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="150"/>
        <source>All lecturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="153"/>
        <source>Lecturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="161"/>
        <source>from YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="163"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="171"/>
        <source>to YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="173"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="181"/>
        <source>first attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="181"/>
        <source>best attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="181"/>
        <source>latest attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="183"/>
        <source>Which attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="198"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="214"/>
        <source>Save CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="215"/>
        <source>Save every table as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="219"/>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="224"/>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="228"/>
        <location filename="../qml/ReviewScreen.qml" line="238"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="233"/>
        <source>Save xAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="234"/>
        <source>Save the attempts as xAPI statements for a learning record store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="243"/>
        <source>Import results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="244"/>
        <source>Import a results bundle from another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="248"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="281"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="284"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="287"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="290"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="293"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="338"/>
        <source>%1 completed attempts by %2 participants in %3 seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="343"/>
        <source>Scores (percent of the best possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="313"/>
        <location filename="../qml/ReviewScreen.qml" line="387"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="320"/>
        <source>Back to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="362"/>
        <source>Who took part: completed attempts · mean · best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="368"/>
        <source>Replace names by codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="369"/>
        <source>Replace the names of this seminar&apos;s participants by their codes, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="386"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="394"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="395"/>
        <source>Erase %1 and all their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="404"/>
        <source>By month: seminars · participants · attempts · mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="424"/>
        <source>Detection of each sign, worst first (found / times on the path; wrongly named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="439"/>
        <source>wrongly named %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="439"/>
        <source>too few to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="449"/>
        <source>Choose a scenario to see how its decisions work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="449"/>
        <source>F: facility (how many got it right) · DI: discrimination index · DE: discriminative efficiency; below 15 % the decision does not tell stronger from weaker trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="484"/>
        <source>%1 attempts · F %2 % · DI %3 · DE %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="484"/>
        <source>dubious</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewScreen.qml" line="484"/>
        <source>%n critical error(s) ⚠</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="505"/>
        <source>Participants with two or more completed attempts of a scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="510"/>
        <source>First attempt %1 % → latest %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="515"/>
        <source>Class gain %1 (%2) · mean of individual gains %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="521"/>
        <source>Hake&apos;s normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="539"/>
        <source>Check each contact with the institution, correct it, tick &quot;verified today&quot; and save. Debriefs show these contacts with the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="558"/>
        <source>verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="558"/>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="568"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="569"/>
        <source>Phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="575"/>
        <source>Free phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="576"/>
        <source>Free phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="582"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="583"/>
        <source>E-mail of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="589"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="590"/>
        <source>Website of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="596"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="597"/>
        <source>Address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="604"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="605"/>
        <source>Hours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="612"/>
        <source>verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="617"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="618"/>
        <source>Save the contacts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="628"/>
        <source>Saved the contacts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="643"/>
        <source>Import a results bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="644"/>
        <source>Results bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="656"/>
        <source>Imported: %1 new, %2 already here, %3 conflicts (the local rows were kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="668"/>
        <source>Erase %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="672"/>
        <source>Every attempt of this participant is deleted, also from the backups. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="683"/>
        <source>Replace names by codes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="687"/>
        <source>The names of everyone who took part in this seminar are replaced by their pseudonymous codes, here and in the backups. Their results stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewScreen.qml" line="694"/>
        <source>%n name(s) replaced by codes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeminarScreen</name>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="107"/>
        <source>Joined %1 · answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="113"/>
        <source>Hide console (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="113"/>
        <source>Console (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="116"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="119"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="122"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarScreen.qml" line="153"/>
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
        <location filename="../qml/SeminarSetupScreen.qml" line="52"/>
        <source>New seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="58"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="67"/>
        <source>e.g. Liepāja, social workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="68"/>
        <source>Seminar title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="72"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="80"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="84"/>
        <location filename="../qml/SeminarSetupScreen.qml" line="93"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="97"/>
        <source>Scenarios for this seminar (Space to choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="111"/>
        <source>Scenarios for this seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="127"/>
        <source>Open the seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="149"/>
        <source>Reopen a seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="156"/>
        <source>No seminars yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="171"/>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSetupScreen.qml" line="203"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeminarSummary</name>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="17"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="24"/>
        <source>The room&apos;s path scored %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="29"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="40"/>
        <source>%n critical error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="46"/>
        <source>Signs: how many participants flagged each (fewest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SeminarSummary.qml" line="64"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SeminarSummary.qml" line="75"/>
        <source>%n vote(s) for a critical error</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../qml/SignInScreen.qml" line="25"/>
        <source>Who is practising?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="48"/>
        <source>Nobody has practised on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="62"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="68"/>
        <source>A first name or a pseudonym is enough. Results stay on this computer unless exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="78"/>
        <location filename="../qml/SignInScreen.qml" line="79"/>
        <source>Name or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="90"/>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignInScreen.qml" line="98"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../qml/StartScreen.qml" line="23"/>
        <source>Recognise. Ask well. Refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="31"/>
        <source>A training simulator for meeting people who may be victims of human trafficking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="54"/>
        <source>Practise a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="62"/>
        <source>Run a seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StartScreen.qml" line="70"/>
        <source>Review results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::PlaySession</name>
    <message>
        <location filename="../src/playsession.cpp" line="43"/>
        <source>Sign in and choose a scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="90"/>
        <source>No scenario is being played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="314"/>
        <source>free %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="320"/>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="321"/>
        <source>verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="378"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="416"/>
        <source>In the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="448"/>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::ReviewController</name>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="46"/>
        <location filename="../src/reviewcontroller.cpp" line="397"/>
        <source>The results database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="50"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="53"/>
        <source>Choose a password of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="57"/>
        <source>That is not the coordinator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="83"/>
        <source>Referral plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="127"/>
        <source>Write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="179"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="180"/>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="181"/>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="267"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="269"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="271"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="313"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="324"/>
        <source>The review is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="328"/>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="333"/>
        <source>%1 is not a results bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="409"/>
        <source>all scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="409"/>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="410"/>
        <source>all roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="410"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="414"/>
        <source>seminar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="416"/>
        <source>lecturer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="419"/>
        <source>dates %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="420"/>
        <source>the best attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="421"/>
        <source>the latest attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="422"/>
        <source>the first attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="429"/>
        <location filename="../src/reviewcontroller.cpp" line="490"/>
        <source>Open the review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="434"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="481"/>
        <source>Cannot write the CSV files into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="501"/>
        <location filename="../src/reviewcontroller.cpp" line="595"/>
        <source>Saskati — review of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="502"/>
        <source>Made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="503"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="504"/>
        <source>%1 completed attempts by %2 participants in %3 seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="527"/>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="527"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="528"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="528"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="528"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="539"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="551"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="551"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="551"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="552"/>
        <source>Wrongly named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="560"/>
        <source>fewer than 10 exposures: too few to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="563"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="564"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="573"/>
        <source>dubious</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/reviewcontroller.cpp" line="575"/>
        <source>%n critical error(s) ⚠</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="583"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="584"/>
        <source>Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → latest %3 %. Class gain %4 (%5); mean of individual gains %6 (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="601"/>
        <source>Cannot write the report %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::SeminarController</name>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="199"/>
        <source>Decision %1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="320"/>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="430"/>
        <location filename="../src/seminarcontroller.cpp" line="450"/>
        <source>The results database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="432"/>
        <source>Give the seminar a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="454"/>
        <source>That seminar is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="481"/>
        <location filename="../src/seminarcontroller.cpp" line="515"/>
        <location filename="../src/seminarcontroller.cpp" line="532"/>
        <location filename="../src/seminarcontroller.cpp" line="542"/>
        <location filename="../src/seminarcontroller.cpp" line="552"/>
        <source>Open a seminar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="483"/>
        <source>Choose the network the phones are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="518"/>
        <source>There is no scenario &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
