## ميزة الوسائط: نسخ صوتية من النصوص (ملخص إجراء، سؤال في استبيان) بكل لغة،
## مع نص التسجيل مكتوبًا، لمن لا يقرأ.

media-listen = استمع ({ $language })
media-transcript = نص التسجيل
media-heading = النسخ الصوتية
media-intro = سجّل النص مقروءًا بصوت عالٍ، بأي لغة من لغات الخطة، لمن لا يقرأ. يحتاج كل تسجيل إلى نصه: ما يُسمع فيه، مكتوبًا.
media-none = لا توجد نسخة صوتية بعد.
media-file-label = ملف صوتي
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM أو FLAC، بحد أقصى { $size } MB.
media-language-label = لغة التسجيل
media-transcript-label = نص التسجيل
media-upload = أضف النسخة الصوتية
media-replace-note = التسجيل الجديد بنفس اللغة يحلّ محل التسجيل السابق.
media-remove = أزل النسخة الصوتية ({ $language })
media-saved = تم حفظ النسخة الصوتية.
media-removed = تمت إزالة النسخة الصوتية.
