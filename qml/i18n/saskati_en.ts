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
        <location filename="../qml/DebriefScreen.qml" line="311"/>
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
        <location filename="../qml/ReviewScreen.qml" line="36"/>
        <source>Review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="36"/>
        <source>Set the coordinator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="44"/>
        <source>The review shows every participant&apos;s results. Enter the coordinator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="44"/>
        <source>Nobody has set one on this laptop yet. Choose a password of at least 8 characters; trainees must not know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="55"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="56"/>
        <source>Coordinator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="66"/>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="67"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="73"/>
        <source>Open the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="73"/>
        <source>Set the password and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="103"/>
        <source>All scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="106"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="118"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="121"/>
        <source>Participants&apos; role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="134"/>
        <source>All seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="137"/>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="147"/>
        <source>All lecturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="150"/>
        <source>Lecturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="158"/>
        <source>from YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="160"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="168"/>
        <source>to YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="170"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>first attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>best attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="178"/>
        <source>latest attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="180"/>
        <source>Which attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="198"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="213"/>
        <source>Save CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="214"/>
        <source>Save every table as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="218"/>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="223"/>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="227"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="231"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="256"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="259"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="262"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="265"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="280"/>
        <source>%1 completed attempts by %2 participants in %3 seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="285"/>
        <source>Scores (percent of the best possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="301"/>
        <source>Who took part: completed attempts · mean · best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="316"/>
        <source>By month: seminars · participants · attempts · mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="336"/>
        <source>Detection of each sign, worst first (found / times on the path; wrongly named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="351"/>
        <source>wrongly named %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="351"/>
        <source>too few to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="361"/>
        <source>Choose a scenario to see how its decisions work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="361"/>
        <source>F: facility (how many got it right) · DI: discrimination index · DE: discriminative efficiency; below 15 % the decision does not tell stronger from weaker trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="396"/>
        <source>%1 attempts · F %2 % · DI %3 · DE %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="396"/>
        <source>dubious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="417"/>
        <source>Participants with two or more completed attempts of a scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="422"/>
        <source>First attempt %1 % → latest %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="427"/>
        <source>Class gain %1 (%2) · mean of individual gains %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewScreen.qml" line="433"/>
        <source>Hake&apos;s normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../src/playsession.cpp" line="368"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="405"/>
        <source>In the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/playsession.cpp" line="437"/>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::ReviewController</name>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="39"/>
        <source>The results database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="43"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="46"/>
        <source>Choose a password of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="50"/>
        <source>That is not the coordinator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="76"/>
        <source>Referral plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="119"/>
        <source>Write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="215"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="217"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="219"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="250"/>
        <source>all scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="250"/>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="251"/>
        <source>all roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="251"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="255"/>
        <source>seminar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="257"/>
        <source>lecturer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="260"/>
        <source>dates %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="261"/>
        <source>the best attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="262"/>
        <source>the latest attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="263"/>
        <source>the first attempt counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="270"/>
        <location filename="../src/reviewcontroller.cpp" line="336"/>
        <source>Open the review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="275"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="327"/>
        <source>Cannot write the CSV files into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="347"/>
        <location filename="../src/reviewcontroller.cpp" line="410"/>
        <source>Saskati — review of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="348"/>
        <source>Made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="349"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="350"/>
        <source>%1 completed attempts by %2 participants in %3 seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="371"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="371"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="371"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="372"/>
        <source>Wrongly named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="380"/>
        <source>fewer than 10 exposures: too few to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="383"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="384"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="393"/>
        <source>dubious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="398"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="399"/>
        <source>Participants with two or more completed attempts of a scenario: %1. First attempt %2 % → latest %3 %. Class gain %4 (%5); mean of individual gains %6 (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewcontroller.cpp" line="416"/>
        <source>Cannot write the report %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saskati::SeminarController</name>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="200"/>
        <source>Decision %1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="321"/>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="431"/>
        <location filename="../src/seminarcontroller.cpp" line="451"/>
        <source>The results database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="433"/>
        <source>Give the seminar a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="455"/>
        <source>That seminar is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="482"/>
        <location filename="../src/seminarcontroller.cpp" line="516"/>
        <location filename="../src/seminarcontroller.cpp" line="533"/>
        <location filename="../src/seminarcontroller.cpp" line="543"/>
        <location filename="../src/seminarcontroller.cpp" line="553"/>
        <source>Open a seminar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="484"/>
        <source>Choose the network the phones are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/seminarcontroller.cpp" line="519"/>
        <source>There is no scenario &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
