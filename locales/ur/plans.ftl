## منصوبوں کا حصہ: منصوبے، شعبے، ادارے اور تجویز کردہ اقدامات۔

plans-home-title = تارکین وطن کے انضمام کے منصوبے
plans-home-intro = بلدیات وہاں رہنے والے لوگوں کے ساتھ مل کر تارکین وطن کے انضمام کے اپنے منصوبے تیار کر رہی ہیں۔ تجویز کردہ اقدامات پڑھیں اور دیکھیں کہ کون کون شامل ہے۔
plans-home-empty = یہاں ابھی کوئی منصوبہ شائع نہیں ہوا۔

plans-kind-municipal = بلدیہ کا منصوبہ
plans-kind-intermunicipal = کئی بلدیات کا مشترکہ منصوبہ

plans-status-drafting = تیاری میں
plans-status-drafting-explained = بلدیہ منصوبے کا مسودہ لکھ رہی ہے۔ تجویز کردہ اقدامات ابھی بہت بدل سکتے ہیں۔
plans-status-consultation = عوامی مشاورت جاری ہے
plans-status-consultation-explained = منصوبے کا مسودہ سب کے پڑھنے کے لیے کھلا ہے۔ رہائشی، تارکین وطن اور تنظیمیں جو کہتے ہیں، اس سے اقدامات کو بہتر بنایا جاتا ہے۔
plans-status-approved = منظور شدہ
plans-status-approved-explained = بلدیہ کے اداروں نے منصوبہ منظور کر لیا ہے۔ اب اس پر عمل کیا جائے گا۔
plans-status-monitoring = عمل جاری ہے
plans-status-monitoring-explained = منصوبے کے اقدامات پر عمل ہو رہا ہے اور ان کی نگرانی کی جا رہی ہے۔

plans-field-status = مرحلہ
plans-field-kind = منصوبے کی قسم
plans-field-promoter = پیش کرنے والا
plans-field-period = مدت
plans-municipalities-heading = بلدیات
plans-municipality = بلدیہ
plans-residents = رہائشی
plans-foreign-residents = غیر ملکی رہائشی

plans-next-heading = آپ اب کیا کر سکتے ہیں
plans-next-measures = شعبے کے حساب سے تجویز کردہ اقدامات پڑھیں
plans-overview-measures = { $areas ->
    [one] { $areas } شعبے میں
   *[other] { $areas } شعبوں میں
} { $measures ->
    [one] { $measures } اقدام
   *[other] { $measures } اقدامات
}، { $core ->
    [one] جن میں سے { $core } بنیادی ہے (درجہ 1)
   *[other] جن میں سے { $core } بنیادی ہیں (درجہ 1)
}
plans-next-entities = مقامی خدمات اور ادارے دیکھیں
plans-next-surveys = سروے کے جواب دیں اور ان کے نتائج دیکھیں
plans-entity-count = { $count ->
    [one] { $count } ادارہ
   *[other] { $count } ادارے
}

plans-levels-heading = درجہ 1 اور درجہ 2 کا کیا مطلب ہے؟
plans-level-1-badge = درجہ 1 · بنیادی
plans-level-2-badge = درجہ 2
plans-level-1-explained = درجہ 1 کے اقدامات منصوبے کا بنیادی حصہ ہیں۔ بلدیات ضمانت دیتی ہیں کہ ان پر عمل ہو گا۔
plans-level-2-explained = درجہ 2 کے اقدامات بھی منصوبے میں شامل ہیں، لیکن ان پر عمل تب ہو گا جب پیسہ اور شراکت دار دستیاب ہوں۔

plans-areas-title = شعبے اور اقدامات
plans-areas-intro = منصوبہ کام کے شعبوں میں بٹا ہوا ہے۔ کسی شعبے کے تجویز کردہ اقدامات دیکھنے کے لیے وہ شعبہ چنیں۔
plans-area-no-measures = اس شعبے میں ابھی کوئی تجویز کردہ اقدام نہیں ہے۔
plans-area-counts = { $measures ->
    [one] { $measures } تجویز کردہ اقدام
   *[other] { $measures } تجویز کردہ اقدامات
}، { $core ->
    [one] جن میں سے { $core } بنیادی ہے
   *[other] جن میں سے { $core } بنیادی ہیں
}
plans-area-measures-heading = تجویز کردہ اقدامات

plans-measure-status-draft = مسودہ
plans-measure-status-revised = نظرثانی شدہ مسودہ
plans-measure-status-final = آخری شکل
plans-measure-summary = مختصر طور پر
plans-measure-description = کیا کیا جائے گا
plans-measure-objectives = مقاصد
plans-measure-indicators = پیش رفت کیسے ناپی جائے گی
plans-measure-indicator = پیمانہ
plans-measure-target = ہدف
plans-measure-timeline = کب
plans-measure-responsible = ذمہ دار
plans-measure-partners = شراکت دار
plans-measure-no-partners = ابھی کسی شراکت دار کا نام نہیں دیا گیا۔
plans-measure-area = شعبہ

plans-entities-title = مقامی خدمات اور ادارے
plans-entities-intro = مقامی جائزے میں سامنے آنے والے ادارے: سرکاری خدمات، اسکول، صحت کے مراکز، تنظیمیں اور دوسرے ادارے۔ یہاں یہ بھی لکھا ہے کہ وہ کیا مدد دیتے ہیں۔
plans-entities-all = تمام ادارے
plans-entities-in-area = اس شعبے میں کام کرنے والے ادارے: { $area }
plans-entities-filter-label = کام کا شعبہ
plans-entities-filter-all = تمام شعبے
plans-entities-filter-apply = دکھائیں
plans-entity-services = خدمات
plans-entity-areas = کام کے شعبے

plans-entity-kind-municipality = بلدیہ
plans-entity-kind-intermunicipal = کئی بلدیات کا مشترکہ ادارہ
plans-entity-kind-claim = تارکین وطن کی مدد کا مقامی مرکز (CLAIM)
plans-entity-kind-association = تنظیم
plans-entity-kind-school = اسکول
plans-entity-kind-health_unit = صحت کا مرکز
plans-entity-kind-employer = آجر
plans-entity-kind-employment_service = روزگار کا دفتر
plans-entity-kind-ngo = غیر سرکاری تنظیم
plans-entity-kind-parish = مقامی کونسل (Junta de freguesia)
plans-entity-kind-media = ذرائع ابلاغ
plans-entity-kind-other = دیگر
plans-timeline-heading = منصوبہ کیسے تیار ہو رہا ہے
plans-timeline-empty = اس عمل کی تاریخیں ابھی طے نہیں ہوئیں۔
plans-timeline-working-days = { $count ->
    [one] { $count } کام کا دن
   *[other] { $count } کام کے دن
}
plans-timeline-done = مکمل ہو گیا
plans-timeline-now = ابھی جاری ہے
plans-timeline-later = ابھی شروع نہیں ہوا
plans-timeline-saved = نظام الاوقات محفوظ ہو گیا۔
plans-timeline-add = ایک مرحلہ شامل کریں
plans-timeline-kind = مرحلہ
plans-timeline-starts = پہلا دن
plans-timeline-ends = آخری دن
plans-timeline-or-days = یا کام کے دنوں میں اس کی مدت
plans-timeline-days-hint = دن اسی طرح گنے جاتے ہیں جیسے سرکاری مدتیں: ہفتہ، اتوار اور قومی تعطیلات شمار نہیں ہوتیں۔ یہ مدت استعمال کرنے کے لیے آخری دن خالی چھوڑ دیں۔
plans-timeline-add-submit = مرحلہ شامل کریں
plans-timeline-remove = یہ مرحلہ ہٹائیں
plans-phase-diagnosis = مقامی جائزہ
plans-phase-surveys = سروے
plans-phase-focus-groups = فوکس گروپ
plans-phase-information-sessions = معلوماتی نشستیں
plans-phase-consultation = منصوبے کے مسودے پر عوامی مشاورت
plans-phase-forum = فورم
plans-phase-approval = منظوری
plans-phase-monitoring = نگرانی
plans-activity-title = سرگرمی لاگ
plans-activity-link = اس منصوبے میں کیا بدلا گیا، اور کس نے بدلا (سرگرمی لاگ)
plans-activity-intro = اس منصوبے، اس کے سروے، ان کے جوابات اور اس کے اقدامات کی بنیاد میں کی گئی ہر تبدیلی، سب سے نئی پہلے۔ یہ صفحہ صرف منصوبے کے سہولت کار اور منتظمین دیکھتے ہیں۔
plans-activity-times = یہاں دکھائے گئے اوقات منصوبے کے مقامی وقت کے مطابق ہیں: { $zone }۔
plans-activity-none = ابھی تک کچھ نہیں بدلا گیا۔
plans-activity-someone = ایک حذف شدہ اکاؤنٹ، یا سرور کی کمانڈ لائن
plans-activity-col-when = کب
plans-activity-col-who = کس نے
plans-activity-col-what = کیا
plans-activity-col-about = کس بارے میں
plans-activity-pages-label = سرگرمی لاگ کے صفحات
plans-activity-account-deleted = ایک اکاؤنٹ حذف کیا گیا
plans-activity-evidence-linked = ایک نتیجہ بطور بنیاد کسی اقدام سے جوڑا گیا
plans-activity-evidence-rationale-changed = یہ وضاحت بدلی گئی کہ کوئی نتیجہ کسی اقدام کی بنیاد کیوں ہے
plans-activity-evidence-unlinked = کسی نتیجے کا کسی اقدام سے ربط ہٹایا گیا
plans-activity-plan-phase-added = نظام الاوقات میں ایک مرحلہ شامل کیا گیا
plans-activity-plan-phase-removed = نظام الاوقات سے ایک مرحلہ ہٹایا گیا
plans-activity-role-granted = کسی کو کردار دیا گیا
plans-activity-role-revoked = ایک کردار ہٹایا گیا
plans-activity-survey-codes-created = ایک بار استعمال ہونے والے کوڈ بنائے گئے
plans-activity-survey-created = ایک سروے بنایا گیا
plans-activity-survey-published = ایک سروے شائع کیا گیا
plans-activity-survey-unpublished = ایک سروے واپس مسودہ بنایا گیا
plans-activity-survey-question-added = ایک سوال شامل کیا گیا
plans-activity-survey-question-changed = ایک سوال میں ترمیم کی گئی
plans-activity-survey-question-deleted = ایک سوال حذف کیا گیا
plans-activity-survey-question-moved = ایک سوال کی جگہ بدلی گئی
plans-activity-survey-section-added = ایک حصہ شامل کیا گیا
plans-activity-survey-section-renamed = ایک حصے کا عنوان بدلا گیا
plans-activity-survey-settings-changed = ایک سروے کی ترتیبات بدلی گئیں
plans-activity-survey-text-hidden = ایک تحریری جواب نتائج سے چھپایا گیا
plans-activity-survey-text-shown = ایک تحریری جواب دوبارہ دکھایا گیا
plans-activity-survey-response-corrected = ایک جواب درست کیا گیا
plans-activity-survey-response-withdrawn = ایک جواب منسوخ کیا گیا
plans-new-title = نیا منصوبہ بنائیں
plans-new-intro = نیا منصوبہ تیاری کے مرحلے سے شروع ہوتا ہے، ایک ہی زبان میں لکھا جاتا ہے، اور اس میں کام کے وہ 16 شعبے ہوتے ہیں جو تارکین وطن کے انضمام کے لیے بلدیہ کے منصوبے میں ہوتے ہیں۔ اس کے سہولت کار «لوگ اور کردار» صفحے پر مقرر کریں؛ باقی وہ لکھتے ہیں۔
plans-new-title-label = منصوبے کا عنوان
plans-new-slug-hint = منصوبے کے پتے کا آخری حصہ: 3 سے 60 حروف، چھوٹے لاطینی حروف (a–z)، ہندسے اور ڈیش (-)، مثلاً lisboa-2026۔
plans-new-municipalities-hint = بلدیہ کے منصوبے کے لیے ایک، کئی بلدیات کے مشترکہ منصوبے کے لیے دو یا زیادہ۔ کئی چننے کے لیے Ctrl (یا Cmd) دبائے رکھیں۔
plans-new-lang-label = منصوبے کی اصل زبان
plans-new-start = منصوبے کی مدت کا پہلا دن
plans-new-end = منصوبے کی مدت کا آخری دن
plans-new-submit = منصوبہ بنائیں
plans-created = منصوبہ بن گیا۔ اس کے سہولت کار «لوگ اور کردار» صفحے پر مقرر کریں۔
plans-activity-plan-created = منصوبہ بنایا گیا
plans-home-search-label = منصوبہ تلاش کریں
plans-home-query = بلدیہ
plans-home-district = ضلع یا خود مختار علاقہ
plans-home-all-districts = سب
plans-home-none-match = اس تلاش سے کوئی منصوبہ نہیں ملا۔
plans-home-open-surveys = { $count ->
    [one] اس وقت { $count } سروے کھلا ہے
   *[other] اس وقت { $count } سروے کھلے ہیں
}
plans-edit-title = منصوبے میں ترمیم کریں
plans-edit-saved = محفوظ ہو گیا۔
plans-edit-languages = تحریروں کی زبان
plans-edit-not-offered = (ابھی دستیاب نہیں: اس زبان میں عنوان لکھنے سے یہ منصوبے کی زبانوں میں شامل ہو جاتی ہے)
plans-edit-summary = خلاصہ
plans-edit-submit = محفوظ کریں
plans-activity-plan-changed = منصوبے کی تحریروں، مرحلے یا مدت میں ترمیم کی گئی
plans-activity-plan-measure-drafted = مسودے میں ایک اقدام شامل کیا گیا
plans-activity-plan-measure-changed = مسودے کے ایک اقدام میں ترمیم کی گئی
plans-activity-plan-measure-draft-deleted = مسودے کا ایک اقدام حذف کیا گیا
plans-activity-plan-version-published = مسودے کا ایک ورژن شائع کیا گیا
plans-measure-version = مسودے کا ورژن { $number }، { $date } کو شائع ہوا۔
plans-measure-changes-link = کیا بدلا
plans-versions-link = مسودے کے تمام ورژن
plans-version-published = ورژن { $number }، { $date }
plans-draft-title = مسودے کے اقدامات
plans-draft-intro = منصوبے کے اقدامات یہاں لکھیں اور ان پر نظرثانی کریں۔ جب تک آپ مسودے کا نیا ورژن شائع نہیں کرتے، آپ کی تبدیلیاں کوئی اور نہیں دیکھتا؛ پچھلے ورژن، اور ان میں کیا بدلا، پڑھے جا سکتے ہیں۔
plans-draft-published = ورژن { $number } شائع ہو گیا ہے: عوامی صفحات اب اسے دکھاتے ہیں۔
plans-draft-deleted = مسودے کا اقدام حذف کر دیا گیا۔
plans-draft-none-published = مسودے کا ابھی تک کوئی ورژن شائع نہیں ہوا۔
plans-draft-missing = { $count ->
    [one] ابھی 1 تحریر کا ترجمہ باقی ہے
   *[other] ابھی { $count } تحریروں کا ترجمہ باقی ہے
}
plans-draft-list = منصوبے کے مسودے کے اقدامات
plans-draft-empty = ابھی کوئی اقدام نہیں ہے: پہلا اقدام نیچے شامل کریں۔
plans-draft-col-code = کوڈ
plans-draft-col-measure = اقدام
plans-draft-col-area = شعبہ
plans-draft-col-level = درجہ
plans-draft-col-state = صورتحال
plans-draft-state-new = ابھی شائع نہیں ہوا
plans-draft-state-changed = پچھلے ورژن کے بعد بدلا گیا
plans-draft-state-published = جیسا شائع ہوا
plans-draft-new = نیا اقدام
plans-draft-new-title = عنوان، منصوبے کی اصل زبان میں
plans-draft-code = کوڈ
plans-draft-code-hint = اگلا کوڈ، جیسے { $example }، حاصل کرنے کے لیے اسے خالی چھوڑ دیں۔
plans-draft-new-submit = اقدام شامل کریں
plans-draft-publish = ورژن { $number } شائع کریں
plans-draft-unpublished = { $count ->
    [one] پچھلے ورژن کے بعد 1 اقدام نیا ہے یا بدلا گیا ہے۔
   *[other] پچھلے ورژن کے بعد { $count } اقدامات نئے ہیں یا بدلے گئے ہیں۔
}
plans-draft-note = کیا بدلا (تبدیلی کا نوٹ)
plans-draft-note-hint = سب لوگ اسے ورژنوں کی فہرست میں پڑھتے ہیں۔
plans-draft-publish-submit = یہ ورژن شائع کریں
plans-draft-edit-title = اقدام { $code } میں ترمیم کریں
plans-draft-see-public = شائع شدہ اقدام پڑھیں
plans-draft-source = { $language } میں:
plans-draft-shared = تمام زبانوں میں
plans-draft-texts-in = { $language } میں تحریریں
plans-draft-starts = شروع ہونے کی تاریخ
plans-draft-ends = ختم ہونے کی تاریخ
plans-draft-no-entity = ابھی کوئی نہیں
plans-draft-objective = مقصد { $number }
plans-draft-objective-new = نیا مقصد
plans-draft-indicator = پیمانہ { $number }
plans-draft-indicator-new = نیا پیمانہ
plans-draft-indicator-new-target = نئے پیمانے کا ہدف
plans-draft-remove-item = ہٹائیں
plans-draft-delete = مسودے کا یہ اقدام حذف کریں
plans-draft-delete-explained = یہ کبھی شائع نہیں ہوا، اس لیے کسی اور نے اسے نہیں پڑھا۔ اسے واپس نہیں لیا جا سکتا۔
plans-draft-delete-confirm = ہاں، اسے حذف کریں
plans-versions-title = مسودے کے ورژن
plans-versions-intro = ہر ورژن نے تمام اقدامات کو ویسے ہی محفوظ کر لیا جیسے وہ اس وقت تھے۔ کوئی ورژن پڑھنے کے لیے اسے کھولیں، یا کسی اقدام کی تبدیلیاں کھول کر دیکھیں کہ کیا دوبارہ لکھا گیا، کیا شامل کیا گیا اور کیا ہٹایا گیا۔
plans-version-measures = { $count ->
    [one] اس کا 1 اقدام پڑھیں
   *[other] اس کے { $count } اقدامات پڑھیں
}
plans-version-added = اس ورژن میں نیا
plans-version-changed = اس ورژن میں بدلا گیا
plans-version-older = یہ ایک پرانا ورژن ہے: اس کے بعد منصوبہ بدل چکا ہے۔
plans-version-read-current = موجودہ ورژن پڑھیں
plans-version-changes-from = ورژن { $number } کے بعد کیا بدلا
plans-version-number = ورژن { $number }
plans-diff-title = { $code } میں تبدیلیاں
plans-diff-only-one = اس اقدام کا ابھی تک صرف ایک ورژن ہے۔
plans-diff-between = ورژن { $from } سے ورژن { $to } تک۔ ہٹائے گئے الفاظ پر لکیر کھینچی گئی ہے؛ شامل کیے گئے الفاظ کے نیچے لکیر ہے۔
plans-diff-none = ان ورژنوں کے درمیان کچھ نہیں بدلا۔
plans-diff-unchanged = بغیر تبدیلی:
plans-diff-removed = ہٹایا گیا:
plans-diff-added = شامل کیا گیا:
plans-diff-choose = موازنے کے لیے ورژن چنیں
plans-diff-from = سے
plans-diff-to = تک
plans-diff-compare = موازنہ کریں
plans-diff-field-code = کوڈ
plans-diff-field-area = شعبہ
plans-diff-field-level = درجہ
plans-diff-field-title = عنوان
plans-diff-field-summary = خلاصہ
plans-diff-field-description = تفصیل
plans-diff-field-objectives = مقاصد
plans-diff-field-indicators = پیمانے اور اہداف
plans-diff-field-timeline = نظام الاوقات
plans-diff-field-dates = تاریخیں
plans-diff-field-responsible = ذمہ دار ادارہ
plans-diff-field-partners = شراکت دار ادارے
plans-activity-plan-entity-added = مقامی جائزے میں ایک ادارہ شامل کیا گیا
plans-activity-plan-entity-changed = مقامی جائزے کے ایک ادارے میں تبدیلی کی گئی
plans-activity-plan-entity-removed = مقامی جائزے سے ایک ادارہ ہٹایا گیا
plans-activity-plan-entities-imported = اسپریڈ شیٹ سے ادارے امپورٹ کیے گئے
plans-diagnosis-title = مقامی جائزہ: ادارے
plans-diagnosis-intro = یہاں تارکین وطن کے ساتھ کام کرنے والی خدمات، انجمنیں اور دوسرے ادارے۔ مسودے کے اقدامات ان کا ذکر ذمہ دار یا شراکت دار اداروں کے طور پر کرتے ہیں۔
plans-diagnosis-public-link = عوامی فہرست دیکھیں
plans-diagnosis-list = منصوبے کے ادارے
plans-diagnosis-empty = ابھی کوئی ادارہ نہیں: انہیں ایک ایک کر کے شامل کریں یا اسپریڈ شیٹ امپورٹ کریں۔
plans-diagnosis-col-name = نام
plans-diagnosis-col-kind = قسم
plans-diagnosis-col-municipality = بلدیہ
plans-diagnosis-col-used = اقدامات میں ذکر
plans-diagnosis-col-line = سطر
plans-diagnosis-col-areas = شعبے
plans-diagnosis-col-state = مسائل
plans-diagnosis-used = { $count ->
    [one] مسودے کا { $count } اقدام
   *[other] مسودے کے { $count } اقدامات
}
plans-diagnosis-imported = { $count ->
    [one] { $count } ادارہ امپورٹ کیا گیا
   *[other] { $count } ادارے امپورٹ کیے گئے
} (مسائل والی سطریں چھوڑ دی گئیں: { $skipped })۔
plans-diagnosis-removed = ادارہ ہٹا دیا گیا۔
plans-diagnosis-add = ادارہ شامل کریں
plans-diagnosis-name = نام
plans-diagnosis-add-submit = یہ ادارہ شامل کریں
plans-diagnosis-import = اسپریڈ شیٹ سے امپورٹ کریں
plans-diagnosis-import-intro = ایک CSV فائل اپ لوڈ کریں (Excel میں: «بطور محفوظ کریں»، پھر «CSV UTF-8» یا «CSV (سیمی کولن سے الگ)»)۔ کچھ بھی محفوظ ہونے سے پہلے آپ ہر سطر دیکھ سکیں گے۔
plans-diagnosis-import-columns = پہلی سطر میں کالموں کے نام ہوتے ہیں: Nome (لازمی)، Tipo، Concelho، Áreas، Serviços، Descrição، Site، Email، Telefone، Morada۔ کئی شعبوں یا خدمات کو | سے الگ کریں۔
plans-diagnosis-import-file = CSV فائل (زیادہ سے زیادہ 1 MB)
plans-diagnosis-import-submit = اپ لوڈ کریں اور پہلے دیکھیں
plans-diagnosis-areas = کام کے شعبے
plans-diagnosis-website = ویب سائٹ
plans-diagnosis-email = عوامی ای میل پتہ
plans-diagnosis-phone = عوامی فون نمبر
plans-diagnosis-address = پتہ
plans-diagnosis-description = تفصیل
plans-diagnosis-services-hint = ہر سطر میں ایک خدمت۔
plans-diagnosis-in-use = یہ ادارہ ہٹایا نہیں جا سکتا: مسودے کے اقدامات میں اس کا ذکر ہے ({ $measures })۔
plans-diagnosis-remove = یہ ادارہ ہٹائیں
plans-diagnosis-remove-explained = یہ مقامی جائزے اور عوامی فہرست دونوں سے ہٹ جائے گا۔ یہ عمل واپس نہیں ہو سکتا۔
plans-diagnosis-preview-title = امپورٹ کی جانچ کریں
plans-diagnosis-preview-read = فائل { $file }، { $encoding } کے طور پر پڑھی گئی؛ کالم «{ $separator }» سے الگ ہیں۔
plans-diagnosis-preview-summary = { $count ->
    [one] { $count } سطر امپورٹ کے لیے تیار ہے
   *[other] { $count } سطریں امپورٹ کے لیے تیار ہیں
}؛ مسائل والی سطریں ({ $skipped }) چھوڑ دی جائیں گی۔ آپ کی تصدیق تک کچھ بھی محفوظ نہیں ہوتا۔
plans-diagnosis-preview-ignored = جو کالم نہیں پڑھے گئے:
plans-diagnosis-preview-rows = فائل کی سطریں
plans-diagnosis-preview-ok = تیار
plans-diagnosis-preview-confirm = { $count ->
    [one] { $count } ادارہ امپورٹ کریں
   *[other] { $count } ادارے امپورٹ کریں
}
plans-diagnosis-preview-discard = یہ فائل رد کریں
plans-entity-website = ویب سائٹ
plans-entity-email = ای میل
plans-entity-phone = فون
plans-entity-address = پتہ
plans-status-diagnosis = مقامی جائزہ
plans-status-diagnosis-explained = اقدامات لکھنے سے پہلے بلدیہ سروے اور ملاقاتوں کے ذریعے یہ جان رہی ہے کہ یہاں کون رہتا ہے اور کون سی خدمات موجود ہیں۔
plans-field-time-zone = ٹائم زون
plans-time-zone-mainland = پرتگال کا مرکزی خطہ (لزبن کا وقت)
plans-time-zone-madeira = مادیرا
plans-time-zone-azores = آزورس
plans-field-contact = رابطہ
plans-edit-contact-email = رابطے کے لیے عوامی ای میل پتہ
plans-edit-contact-phone = رابطے کے لیے عوامی فون نمبر
plans-activity-plan-area-changed = ایک شعبے کا نام بدلا گیا، اسے چھپایا گیا یا دوبارہ دکھایا گیا
plans-activity-plan-area-added = ایک شعبہ شامل کیا گیا
plans-activity-plan-area-moved = ایک شعبے کی جگہ بدلی گئی
plans-areas-edit-title = منصوبے کے شعبے
plans-areas-edit-intro = نیا منصوبہ PMIM ماڈل کے 16 شعبوں سے شروع ہوتا ہے۔ ان کے نام بدلیں، اپنے شعبے شامل کریں، انہیں اپنی ترتیب میں رکھیں، اور جو شعبے منصوبے میں استعمال نہیں ہوتے انہیں چھپا دیں۔
plans-areas-edit-public = شعبوں کو ویسے دیکھیں جیسے عام لوگ دیکھتے ہیں
plans-areas-edit-in-use = { $count ->
    [one] اس شعبے میں مسودے کا { $count } اقدام ہے۔
   *[other] اس شعبے میں مسودے کے { $count } اقدامات ہیں۔
}
plans-areas-edit-hidden = اس شعبے کو عوامی صفحات سے چھپائیں
plans-areas-edit-up = اوپر لے جائیں
plans-areas-edit-down = نیچے لے جائیں
plans-areas-edit-add = شعبہ شامل کریں
plans-areas-edit-add-submit = یہ شعبہ شامل کریں
plans-home-pages-label = منصوبوں کی فہرست کے صفحات
plans-holidays-heading = بلدیہ کی تعطیلات
plans-holidays-intro = ہر بلدیہ کی اپنی ایک تعطیل ہو سکتی ہے۔ جب منصوبہ مدتیں کام کے دنوں میں گنتا ہے تو پہلی بلدیہ کی تعطیل کو بندش کا دن مانا جاتا ہے۔
plans-holidays-submit = تعطیلات محفوظ کریں
plans-holiday-label = بلدیہ کی تعطیل
plans-holiday-none = کوئی نہیں
plans-holiday-ascension = عیدِ صعود کی جمعرات (ایسٹر کے 39 دن بعد)
plans-holiday-date = کسی مقررہ تاریخ کو
plans-holiday-date-label = تعطیل کا دن اور مہینہ
plans-holiday-date-hint = صرف مقررہ تاریخ والی تعطیل کے لیے: دن اور مہینہ، جیسے 13 جون کے لیے 13-06۔
plans-next-consultations = عوامی مشاورت: مسودے پر تبصرہ کریں
plans-activity-plan-holidays-changed = بلدیاتی تعطیلات میں تبدیلی
plans-activity-consultation-opened = عوامی مشاورت کا آغاز
plans-activity-moderation-hidden = ماڈریٹر نے ایک تحریر چھپا دی
plans-activity-moderation-removed = ماڈریٹر نے ایک تحریر ہٹا دی
plans-activity-moderation-restored = ماڈریٹر نے ایک تحریر بحال کر دی
plans-activity-consultation-comment-entered = ویب سائٹ سے باہر موصول ہونے والے تبصرے کا اندراج
plans-activity-consultation-input-answered = مشاورت میں موصول ہونے والی رائے کا جواب
plans-activity-consultation-report-published = مشاورت کی رپورٹ کی اشاعت
plans-next-focus-groups = فوکس گروپ: کسی نشست کے لیے اندراج کریں
plans-next-forum = فورم: منصوبے پر بات کریں
plans-activity-focus-group-created = فوکس گروپ کی تشکیل
plans-activity-focus-group-registration-entered = کسی کی طرف سے فوکس گروپ میں اندراج
plans-activity-focus-group-slot-proposed = فوکس گروپ کی تاریخ کی رائے شماری میں تجویز کردہ وقت
plans-activity-focus-group-time-fixed = فوکس گروپ کی تاریخ کا تعین
plans-activity-focus-group-checked-in = فوکس گروپ میں کسی شریک کی حاضری کا اندراج
plans-activity-focus-group-check-in-undone = فوکس گروپ میں حاضری کے اندراج کی منسوخی
plans-activity-focus-group-changed = فوکس گروپ کی نشست کے وقت یا مقام میں تبدیلی
plans-activity-focus-group-called-off = فوکس گروپ کی نشست کی منسوخی
plans-activity-focus-group-minutes-saved = فوکس گروپ کی روداد کی تحریر یا تبدیلی
plans-activity-focus-group-finding-added = فوکس گروپ میں ایک نتیجے کا اضافہ
plans-activity-focus-group-finding-changed = فوکس گروپ کے کسی نتیجے کا ترجمہ یا درستی
plans-activity-focus-group-finding-removed = فوکس گروپ کے کسی نتیجے کا اخراج
plans-activity-focus-group-findings-published = فوکس گروپ کی روداد اور نتائج کی اشاعت
plans-activity-focus-group-findings-withdrawn = فوکس گروپ کی روداد اور نتائج کو عوامی نظر سے ہٹانا
plans-activity-moderation-locked = ماڈریٹر نے فورم کی ایک بحث مقفل کر دی
plans-activity-moderation-unlocked = ماڈریٹر نے فورم کی ایک بحث کا قفل کھول دیا
plans-activity-moderation-pinned = ماڈریٹر نے فورم کی ایک بحث پن کر دی
plans-activity-moderation-unpinned = ماڈریٹر نے فورم کی ایک بحث کا پن ہٹا دیا
plans-activity-moderation-closed = فورم کی ایک بحث نتیجے کے ساتھ بند کی گئی
plans-activity-forum-outcome-written = فورم کی کسی بحث کا نتیجہ لکھا گیا یا اس کا ترجمہ کیا گیا
plans-activity-plan-population-added = حوالہ جاتی آبادی میں ایک گروہ شامل کیا گیا
plans-activity-plan-population-changed = حوالہ جاتی آبادی کے ایک گروہ میں ترمیم کی گئی
plans-activity-plan-population-removed = حوالہ جاتی آبادی سے ایک گروہ ہٹایا گیا
plans-activity-plan-indicator-figures-set = ایک پیمانے کی ابتدائی قدر اور ہدف مقرر کیا گیا
plans-activity-plan-progress-reported = ایک اقدام کی پیش رفت بتائی گئی
plans-activity-plan-progress-removed = پیش رفت کی ایک رپورٹ ہٹائی گئی
plans-draft-state-withdrawing = اگلے ورژن سے واپس لیا جائے گا
plans-draft-state-withdrawn = واپس لیا گیا
plans-draft-withdraw = یہ اقدام واپس لیں
plans-draft-withdraw-explained = آپ جو اگلا ورژن شائع کریں گے، اس میں یہ اقدام شامل نہیں ہو گا۔ اس کا صفحہ آخری متن، تبصروں اور بنیادوں کے ساتھ عوامی رہتا ہے، تاکہ سب دیکھ سکیں کہ اس کا کیا ہوا۔ شائع کرنے سے پہلے تک آپ اسے دوبارہ شامل کر سکتے ہیں۔
plans-draft-withdraw-reason = واپس لینے کی وجہ (اختیاری؛ اقدام کے صفحے پر دکھائی جاتی ہے)
plans-draft-withdraw-confirm = اگلے ورژن سے واپس لیں
plans-draft-withdrawn-notice = یہ اقدام اگلے ورژن میں شامل نہیں ہو گا۔
plans-draft-restored-notice = یہ اقدام دوبارہ اگلے ورژن میں شامل ہے۔
plans-draft-restore-heading = واپس لیا گیا اقدام
plans-draft-restore-explained = یہ اقدام اگلے ورژن میں شامل نہیں، یا کوئی شائع شدہ ورژن اسے پہلے ہی نکال چکا ہے۔ اسے دوبارہ شامل کرنے پر آپ جو اگلا ورژن شائع کریں گے، اس میں یہ پھر سے ہو گا۔
plans-draft-restore = اسے دوبارہ منصوبے میں شامل کریں
plans-version-withdrawn = اس ورژن میں واپس لیا گیا
plans-measure-status-withdrawn = واپس لیا گیا
plans-measure-withdrawn = مسودے کے ورژن { $number } نے یہ اقدام منصوبے سے واپس لے لیا۔ اس کا آخری متن، اور لوگوں نے اس کے بارے میں جو کہا، یہیں موجود ہے۔
plans-measure-withdrawn-reason = وجہ:
plans-measure-withdrawn-last = اسے اس آخری ورژن میں پڑھیں جس میں یہ شامل تھا
plans-activity-plan-measure-withdrawn = اگلے ورژن سے ایک اقدام واپس لیا گیا
plans-activity-plan-measure-restored = واپس لیا گیا ایک اقدام دوبارہ منصوبے میں شامل کیا گیا
