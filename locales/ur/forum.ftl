# فورم: کسی منصوبے کی بحثیں اور پوسٹیں، اس کے زمرے، نتائج۔
forum-title = فورم
forum-intro = منصوبے کے بارے میں دوسرے رہائشیوں، تنظیموں اور بلدیہ سے بات کریں۔ سہولت کار ہر بحث پڑھتے ہیں؛ جب کوئی بحث کسی نتیجے پر پہنچ جاتی ہے تو وہ اس کا نتیجہ لکھتے ہیں، اور وہ کسی اقدام کی بنیاد بن سکتا ہے۔
forum-categories-label = فورم کے زمرے
forum-category-all = تمام بحثیں
forum-category-general = عمومی
forum-threads-none = یہاں ابھی کوئی بحث نہیں ہے۔
forum-pages-label = فورم کے صفحات
forum-posts-count = { $count ->
    [one] { $count } پوسٹ
   *[other] { $count } پوسٹیں
}
forum-last-post = آخری پوسٹ { $date } کو
forum-badge-pinned = پن کی گئی
forum-badge-locked = مقفل
forum-badge-closed = نتیجے کے ساتھ بند
forum-thread-placeholder-hidden = ایک بحث جو کسی ماڈریٹر کے جائزے تک چھپی ہوئی ہے
forum-thread-placeholder-removed = ایک بحث جسے کسی ماڈریٹر نے ہٹا دیا
forum-thread-placeholder-deleted = ایک بحث جسے اس کے لکھنے والے نے حذف کر دیا
forum-sign-in = بحث شروع کرنے یا جواب دینے کے لیے لاگ ان کریں۔
forum-sign-in-reply = جواب دینے کے لیے لاگ ان کریں۔
forum-new-thread = بحث شروع کریں
forum-form-category = زمرہ
forum-form-measures = یہ بحث کن تجویز کردہ اقدامات کے بارے میں ہے (اختیاری)
forum-form-measures-hint = زیادہ سے زیادہ { $max } اقدامات پر نشان لگائیں۔
forum-form-title = عنوان
forum-form-body = آپ کا پیغام
forum-form-body-hint = آپ Markdown استعمال کر سکتے ہیں: **بولڈ**، *ترچھا*، فہرستیں، لنک اور > اقتباسات۔
forum-form-lang = جس زبان میں آپ لکھ رہے ہیں
forum-form-open = بحث شروع کریں
forum-thread-measures = ان اقدامات کے بارے میں:
forum-kept = ہو گیا: بحث کی حالت تازہ کر دی گئی ہے۔
forum-post-number = نمبر { $number }
forum-edited = ترمیم شدہ
forum-in-reply-to = نمبر { $number } کے جواب میں
forum-post-placeholder-hidden = یہ پوسٹ اس وقت تک چھپی ہوئی ہے جب تک کوئی ماڈریٹر اس کا جائزہ نہ لے لے۔
forum-post-placeholder-removed = ایک ماڈریٹر نے یہ پوسٹ ہٹا دی۔
forum-post-placeholder-deleted = اس کے لکھنے والے نے یہ پوسٹ حذف کر دی۔
forum-moderation-log = ماڈریشن لاگ
forum-quote = اقتباس دیں
forum-edit = ترمیم کریں
forum-edit-label = آپ کی پوسٹ
forum-edit-hint = لوگ دیکھ سکیں گے کہ پوسٹ میں ترمیم کی گئی ہے؛ ماڈریٹر پہلے والا متن پڑھ سکتے ہیں۔
forum-edit-submit = پوسٹ محفوظ کریں
forum-delete = میری پوسٹ حذف کریں
forum-delete-confirm = اس کا متن ہمیشہ کے لیے ختم ہو جائے گا؛ اس کا نمبر باقی رہے گا تاکہ جوابات کا مطلب سمجھ آتا رہے۔
forum-delete-submit = حذف کریں
forum-reply = جواب دیں
forum-quoting = آپ کا جواب پوسٹ نمبر { $number } کا اقتباس دیتا ہے۔
forum-reply-submit = جواب بھیجیں
forum-locked-notice = یہ بحث مقفل ہے: اس میں مزید جواب نہیں دیے جا سکتے۔
forum-closed-notice = یہ بحث بند ہو چکی ہے: اس کا نتیجہ اوپر درج ہے۔
forum-keep = پن یا مقفل کریں
forum-keep-pin = سب سے اوپر پن کریں
forum-keep-unpin = پن ہٹائیں
forum-keep-lock = مقفل کریں (مزید جواب نہیں)
forum-keep-unlock = قفل کھولیں
forum-outcome-heading = نتیجہ
forum-outcome-on = { $date } کو لکھا گیا
forum-close = نتیجے کے ساتھ بند کریں
forum-close-hint = خلاصہ لکھیں کہ بحث میں کیا طے ہوا اور بلدیہ اس کے ساتھ کیا کرے گی۔ بند کرنے سے بحث مقفل ہو جاتی ہے؛ اس کے بعد نتیجے کو بطور بنیاد اقدامات سے جوڑا جا سکتا ہے۔
forum-outcome-lang = نتیجے کی زبان
forum-outcome-label = نتیجہ
forum-close-submit = بحث بند کریں
forum-outcome-translate = نتیجہ کسی اور زبان میں لکھیں، یا اس کی درستی کریں
forum-outcome-save = نتیجہ محفوظ کریں
forum-outcome-written-in = تحریر کی زبان: { $languages }
forum-history-link = پچھلے متن
forum-history-title = پوسٹ نمبر { $number } کے پچھلے متن
forum-history-back = پوسٹ پر واپس جائیں
forum-history-current = اس کا موجودہ متن
forum-history-earlier = پچھلے متن، نئے پہلے
forum-history-none = اس پوسٹ میں کبھی ترمیم نہیں کی گئی۔
forum-history-replaced = { $when } کو تبدیل کیا گیا
forum-search-label = فورم میں تلاش کریں
forum-search-submit = تلاش کریں
forum-search-title = فورم میں تلاش
forum-search-title-hit = بحث کے عنوان میں
forum-search-found = { $count ->
    [0] کچھ نہیں ملا۔
    [one] ایک پوسٹ ملی۔
   *[other] { $count } پوسٹیں ملیں۔
}
forum-search-found-more = { $count } سے زیادہ نتائج ملے: سب سے نئے دکھائے جا رہے ہیں۔ تلاش محدود کرنے کے لیے کوئی اور لفظ شامل کریں۔
forum-follow-heading = اس بحث پر نظر رکھیں
forum-following-none = آپ اس بحث پر نظر نہیں رکھ رہے۔
forum-following-instant = آپ کو ہر نئی پوسٹ پر ایک ای میل ملتی ہے۔
forum-following-daily = نئی پوسٹیں آنے پر آپ کو دن میں ایک ای میل ملتی ہے۔
forum-follow-instant = ہر نئی پوسٹ مجھے ای میل کریں
forum-follow-daily = مجھے روزانہ کا خلاصہ بھیجیں
forum-follow-stop = نظر رکھنا بند کریں
forum-followed = ہو گیا: آپ اس بحث پر کس طرح نظر رکھتے ہیں، یہ محفوظ کر لیا گیا ہے۔
forum-email-reply-subject = «{ $title }» میں نیا جواب
forum-email-reply-intro = کسی نے فورم کی بحث «{ $title }» میں جواب دیا ہے (پوسٹ نمبر { $number })۔
forum-email-reply-action = جواب پڑھیں
forum-email-digest-subject = { $count ->
    [one] جس فورم بحث پر آپ نظر رکھتے ہیں، اس میں نئی پوسٹیں
   *[other] جن { $count } فورم بحثوں پر آپ نظر رکھتے ہیں، ان میں نئی پوسٹیں
}
forum-email-digest-intro = آپ کے پچھلے خلاصے کے بعد سے، جن بحثوں پر آپ نظر رکھتے ہیں ان میں نئی پوسٹیں آئی ہیں:
forum-email-digest-thread = «{ $title }» — نئی پوسٹیں: { $count }، { $url } سے پڑھنا شروع کریں
forum-email-footer = آپ کو یہ ای میل اس لیے ملی ہے کیونکہ آپ Ponte پر کسی فورم کی ایک بحث پر نظر رکھتے ہیں۔ یہ ای میلز بند کرنے کے لیے { $url } کھولیں۔
