"""The minimal valid test scenario, shared by tests/data/valid/minimal.json and the broken corpus generator."""


def t(lv, en):
    return {"lv": lv, "en": en}


def scenario():
    return {
        "formatVersion": 1,
        "id": "minimal",
        "version": 1,
        "languages": ["lv", "en"],
        "title": t("Darba piedāvājums", "A job offer"),
        "summary": t("Īss tests.", "A short test."),
        "form": "forced-labour",
        "subject": "adult",
        "audience": ["social-worker", "police"],
        "estimatedMinutes": 5,
        "objectives": [{"id": "obj-notice", "text": t("Pamanīt pazīmes", "Notice the signs")}],
        "contentWarning": t("Stāsts par ekspluatāciju.", "A story of exploitation."),
        "author": "Saskati tests",
        "licence": "CC-BY-SA-4.0",
        "variables": [{"id": "trust", "initial": 0, "min": -3, "max": 3}],
        "cast": [
            {"id": "anna", "name": t("Anna", "Anna"), "role": "person"},
            {"id": "peteris", "name": t("Pēteris", "Pēteris"), "role": "companion"},
        ],
        "start": "office",
        "scenes": [
            {
                "id": "office",
                "title": t("Birojā", "At the office"),
                "setting": t("Anna ienāk kopā ar Pēteri.", "Anna comes in with Pēteris."),
                "media": [
                    {
                        "id": "office-image",
                        "type": "image",
                        "file": "media/office.svg",
                        "alt": t("Birojs", "An office"),
                        "hotspots": [
                            {
                                "id": "hs-passport",
                                "rect": [0.1, 0.5, 0.2, 0.2],
                                "label": t("Pase Pētera rokā", "A passport in Pēteris's hand"),
                                "cue": {"indicator": "confiscated-documents", "feedback": t("Pasi tur cits.", "Someone else holds her passport.")},
                            }
                        ],
                    }
                ],
                "lines": [
                    {
                        "id": "l-anna-1",
                        "speaker": "anna",
                        "segments": [
                            {"id": "s-hours", "text": t("Mēs strādājām katru dienu no sešiem līdz vieniem naktī.", "We worked every day from six until one at night."), "cue": {"indicator": "excessive-hours", "feedback": t("Pārmērīgs darba laiks.", "Excessive hours.")}},
                            {"id": "s-job", "text": t("Solīja darbu viesnīcā, bet bija noliktava.", "They promised a hotel job, but it was a warehouse."), "cue": {"indicator": "deceived-about-job", "feedback": t("Maldināšana par darbu.", "Deceived about the job.")}},
                            {"id": "s-weather", "text": t("Tur visu laiku lija.", "It rained all the time there.")},
                        ],
                    },
                    {
                        "id": "l-peteris-1",
                        "speaker": "peteris",
                        "segments": [
                            {"id": "s-tattoo", "text": t("Viņai ir tetovējums, tas nekas.", "She has a tattoo, that is nothing."), "distractor": {"feedback": t("Tetovējums pats par sevi nav pazīme.", "A tattoo alone is not an indicator.")}},
                            {"id": "s-pay", "text": t("Algu viņa dabūs vēlāk.", "She will get her pay later."), "cue": {"indicator": "no-or-low-pay", "feedback": t("Alga netiek izmaksāta.", "Wages withheld.")}},
                        ],
                    },
                ],
                "choices": [
                    {"id": "c-private", "text": t("Aicināt Annu runāt vienatnē", "Invite Anna to talk alone"), "next": "referral", "principles": ["privacy-first"], "points": 3, "feedback": t("Labi.", "Good."), "effects": [{"var": "trust", "add": 1}]},
                    {"id": "c-companion", "text": t("Lūgt Pēteri tulkot", "Ask Pēteris to interpret"), "next": "referral", "principles": ["independent-interpreter"], "points": -2, "feedback": t("Slikti.", "Bad."),
                     "criticalError": {"principle": "independent-interpreter", "effect": "cap", "explanation": t("Pavadonis nedrīkst tulkot.", "A companion must not interpret.")}},
                ],
            },
            {
                "id": "referral",
                "kind": "referral",
                "title": t("Nosūtīšana", "Referral"),
                "setting": t("Kurus iesaistīsiet?", "Whom do you involve?"),
                "choices": [
                    {"id": "c-to-assessment", "text": t("Tālāk", "Continue"), "next": "assessment", "feedback": t("Tālāk.", "Continue.")},
                    {"id": "c-trusted", "text": t("Piedāvāt piezvanīt vēlāk", "Offer a call later"), "next": "assessment", "feedback": t("Var.", "Fine."), "conditions": [{"var": "trust", "op": ">=", "value": 1}]},
                ],
            },
            {
                "id": "assessment",
                "kind": "assessment",
                "title": t("Vērtējums", "Assessment"),
                "setting": t("Jūsu vērtējums.", "Your judgement."),
                "choices": [
                    {"id": "c-end-referred", "text": t("Pabeigt", "Finish"), "ending": "referred", "feedback": t("Beigas.", "The end.")},
                    {"id": "c-end-lost", "text": t("Atlaist Annu", "Let Anna go"), "ending": "lost", "points": -1, "feedback": t("Kontakts zaudēts.", "Contact lost.")},
                ],
            },
        ],
        "referral": {
            "prompt": t("Sastādiet plānu.", "Compose the plan."),
            "required": [
                {"institution": "state-police", "urgency": "same-day", "feedback": t("Jāinformē policija.", "Inform the police.")},
                {"anyOf": ["centrs-marta", "drosa-maja"], "urgency": "within-days", "feedback": t("Pakalpojuma sniedzējs.", "A service provider.")},
            ],
            "recommended": [{"institution": "siva", "feedback": t("SIVA lemj par rehabilitāciju.", "SIVA decides on rehabilitation.")}],
            "harmful": [{"institution": "labour-inspectorate", "feedback": t("Tas nav tikai darba tiesību gadījums.", "This is not only a labour-rights case.")}],
            "order": [{"first": "state-police", "then": "siva", "feedback": t("Vispirms policija.", "Police first.")}],
        },
        "questions": [
            {
                "id": "q-judgement",
                "kind": "judgement",
                "prompt": t("Vai tā ir cilvēku tirdzniecība?", "Is this trafficking?"),
                "options": [
                    {"id": "trafficking", "text": t("Cilvēku tirdzniecība", "Trafficking")},
                    {"id": "labour-rights", "text": t("Darba tiesību pārkāpums", "A labour-rights case")},
                    {"id": "neither", "text": t("Neviens", "Neither")},
                ],
                "correct": "derive-ilo",
                "points": 3,
                "feedback": t("Pēc ILO noteikuma.", "By the ILO rule."),
            }
        ],
        "endings": [
            {"id": "referred", "outcome": "referred", "title": t("Nosūtīta", "Referred"), "debrief": t("Anna saņem palīdzību.", "Anna gets help.")},
            {"id": "lost", "outcome": "lost-contact", "title": t("Zaudēta", "Lost"), "debrief": t("Anna aiziet.", "Anna leaves.")},
        ],
    }
