## بنیاد کا حصہ: کوئی اقدام کیوں ہے، اس بنیاد پر کہ شرکت میں لوگوں نے کیا کہا۔

evidence-heading = یہ اقدام کیوں: لوگوں نے کیا کہا
evidence-none = اس اقدام سے ابھی تک شرکت کے کوئی نتائج نہیں جوڑے گئے۔
evidence-unavailable = اس اقدام کی بنیاد ابھی نہیں دکھائی جا سکتی۔
evidence-used-for = ان اقدامات کی بنیاد
evidence-link-summary = بطور بنیاد کسی اقدام سے جوڑیں
evidence-measure-label = اقدام
evidence-rationale-label = یہ اقدام کے لیے کیوں اہم ہے
evidence-rationale-hint = آسان الفاظ میں لکھیں: رہائشی اسے اقدام کے صفحے پر پڑھیں گے۔
evidence-link-submit = جوڑیں
evidence-unlink = یہ ربط ہٹائیں
evidence-kind-survey_question = سروے ({ $count })
evidence-kind-focus_group_finding = فوکس گروپ ({ $count })
evidence-source-survey_question = سروے سے
evidence-source-focus_group_finding = فوکس گروپ سے
evidence-kind-forum_outcome = فورم ({ $count })
evidence-source-forum_outcome = فورم کی بحث سے
