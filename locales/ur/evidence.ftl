## بنیاد کا حصہ: کوئی اقدام کیوں ہے، اس بنیاد پر کہ شرکت میں لوگوں نے کیا کہا۔

evidence-heading = یہ اقدام کیوں: لوگوں نے کیا کہا
evidence-none = اس اقدام سے ابھی تک شرکت کے کوئی نتائج نہیں جوڑے گئے۔
evidence-unavailable = اس اقدام کی بنیاد ابھی نہیں دکھائی جا سکتی۔
evidence-from-survey = سروے سے:
evidence-used-for = یہ نتائج ان اقدامات کے لیے استعمال کیے گئے
evidence-link-summary = ان نتائج کو کسی اقدام سے جوڑیں
evidence-measure-label = اقدام
evidence-rationale-label = یہ نتائج اس اقدام کے لیے کیوں اہم ہیں
evidence-rationale-hint = آسان الفاظ میں لکھیں: رہائشی اسے اقدام کے صفحے پر پڑھیں گے۔
evidence-link-submit = جوڑیں
evidence-unlink = یہ ربط ہٹائیں
