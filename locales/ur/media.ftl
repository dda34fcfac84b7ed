## میڈیا کی سہولت: تحریروں کے آڈیو ورژن (کسی اقدام کا خلاصہ، سروے کا کوئی سوال)، ہر زبان میں،
## تحریری متن کے ساتھ، ان لوگوں کے لیے جو پڑھ نہیں سکتے۔

media-listen = سنیں ({ $language })
media-transcript = تحریری متن
media-heading = آڈیو ورژن
media-intro = تحریر کو بلند آواز سے پڑھ کر ریکارڈ کریں، منصوبے کی کسی بھی زبان میں، ان لوگوں کے لیے جو پڑھ نہیں سکتے۔ ہر ریکارڈنگ کے ساتھ اس کا تحریری متن ضروری ہے: جو سنائی دیتا ہے، وہی لکھا ہوا۔
media-none = ابھی کوئی آڈیو ورژن نہیں ہے۔
media-file-label = آڈیو فائل
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM یا FLAC، زیادہ سے زیادہ { $size } MB۔
media-language-label = ریکارڈنگ کی زبان
media-transcript-label = تحریری متن
media-upload = آڈیو ورژن شامل کریں
media-replace-note = اسی زبان میں نئی ریکارڈنگ پچھلی ریکارڈنگ کی جگہ لے لیتی ہے۔
media-remove = { $language } کا آڈیو ورژن ہٹائیں
media-saved = آڈیو ورژن محفوظ ہو گیا۔
media-removed = آڈیو ورژن ہٹا دیا گیا۔
