## Surveys feature: answering a survey, results, single-use codes and tools for facilitators.

surveys-list-title = سروے
surveys-list-intro = اپنی زبان میں جواب دیں۔ آپ کے جوابات سے منصوبے کے اقدامات طے کرنے میں مدد ملتی ہے۔
surveys-list-empty = اس منصوبے کے لیے ابھی کوئی سروے نہیں ہے۔

surveys-phase-draft = ابھی شائع نہیں ہوا
surveys-phase-not-yet-open = ابھی کھلا نہیں
surveys-phase-open = کھلا ہے
surveys-phase-closed = بند ہو گیا
surveys-open-until = { $date } تک کھلا ہے
surveys-opens-on = { $date } کو کھلے گا

surveys-facts = { $questions ->
    [one] { $questions } سوال
   *[other] { $questions } سوالات
}، { $sections ->
    [one] { $sections } حصے میں
   *[other] { $sections } حصوں میں
}۔ جس سوال پر «ضروری» نہیں لکھا، اسے آپ چھوڑ سکتے ہیں۔
surveys-languages-heading = آپ ان زبانوں میں جواب دے سکتے ہیں
surveys-privacy-heading = ہم کیا رکھتے ہیں
surveys-privacy-open = آپ کو لاگ ان کرنے یا اپنا نام بتانے کی ضرورت نہیں۔ یہ براؤزر یاد رکھتا ہے کہ آپ جواب دے چکے ہیں، تاکہ ہر شخص ایک ہی بار جواب دے۔
surveys-privacy-codes = آپ کو اس کاغذ پر لکھا کوڈ چاہیے جو آپ کو دیا گیا تھا۔ کوڈ صرف ایک بار استعمال ہو سکتا ہے۔ آپ کے جوابات کوڈ سے نہیں جوڑے جاتے: ہم صرف یہ درج کرتے ہیں کہ کوڈ استعمال ہو گیا۔
surveys-privacy-account = آپ کو لاگ ان کرنا ہو گا، تاکہ ہر شخص ایک ہی بار جواب دے۔ آپ کے جوابات آپ کے اکاؤنٹ سے نہیں جوڑے جاتے: ہم صرف یہ درج کرتے ہیں کہ اس اکاؤنٹ سے جواب دیا جا چکا ہے۔
surveys-privacy-held = تاکہ کوئی آپ کے جوابات کو آپ سے نہ جوڑ سکے — وہ بھی نہیں جو ہمارا ڈیٹا بیس پڑھ سکتا ہو — انہیں الگ رکھا جاتا ہے جب تک کم از کم 4 مزید لوگوں کے جوابات نہ آ جائیں، پھر سب کو ایک ساتھ، بے ترتیب انداز میں، محفوظ کرنے کے دن کے ساتھ محفوظ کیا جاتا ہے۔ تب تک وہ نتائج میں شامل نہیں ہوتے۔
surveys-privacy-address = تاکہ کوئی بہت سے جوابات نہ بھیج سکے، ہم ایک گھنٹے تک ہر انٹرنیٹ پتے سے آنے والے جوابات ایک ایسے کوڈ سے گنتے ہیں جس سے پتا واپس نہیں نکالا جا سکتا اور جو ایک دن بعد مٹا دیا جاتا ہے۔
surveys-privacy-stored = ہم آپ کے جوابات، جواب کی زبان اور دن (وقت نہیں) رکھتے ہیں۔ ہم آپ کا نام، ای میل، انٹرنیٹ پتہ یا کوئی ایسی چیز نہیں رکھتے جس سے پتہ چلے کہ آپ کون ہیں۔

surveys-take-part-heading = حصہ لیں
surveys-start = سروے شروع کریں
surveys-continue = جہاں رکے تھے، وہیں سے جاری رکھیں
surveys-sign-in-to-answer = جواب دینے کے لیے لاگ ان کریں
surveys-already-answered = آپ اس ڈیوائس یا اکاؤنٹ سے یہ سروے پہلے ہی بھر چکے ہیں۔ شکریہ!
surveys-cannot-answer-draft = یہ سروے ابھی شائع نہیں ہوا۔ آپ اسے اس لیے دیکھ رہے ہیں کیونکہ آپ اسے تیار کر رہے ہیں۔
surveys-cannot-answer-not-yet-open = یہ سروے ابھی جوابات کے لیے نہیں کھلا۔
surveys-cannot-answer-closed = یہ سروے بند ہو گیا ہے۔ جواب دینے والے سب لوگوں کا شکریہ۔
surveys-see-results = نتائج دیکھیں
surveys-rate-limited = پچھلے ایک گھنٹے میں آپ کے انٹرنیٹ کنکشن سے بہت سے جوابات آئے ہیں۔ براہ کرم بعد میں دوبارہ کوشش کریں، یا کسی سہولت کار سے کاغذی فارم مانگیں۔

surveys-code-label = آپ کا کوڈ
surveys-code-hint = کوڈ اس کاغذ پر ہے جو آپ کو دیا گیا تھا، مثلاً ABCD-2345۔ بڑے یا چھوٹے، دونوں طرح کے حروف چلیں گے۔
surveys-resume-heading = محفوظ کیے گئے جوابات جاری رکھیں
surveys-resume-label = جاری رکھنے کا آپ کا کوڈ
surveys-resume-hint = جوابات محفوظ کرتے وقت آپ کو جو کوڈ دکھایا گیا تھا، مثلاً ABCD-EFGH-2345۔
surveys-resume-submit = جاری رکھیں

surveys-answer-title = جوابات
surveys-progress = { $total } میں سے حصہ { $current }
surveys-required = (ضروری)
surveys-yes = ہاں
surveys-no = نہیں
surveys-prefer-not-to-say = میں نہیں بتانا چاہتا/چاہتی
surveys-other = دیگر
surveys-other-write = دیگر: براہ کرم لکھیں
surveys-choose = ایک جواب چنیں
surveys-choose-any = جو جو لاگو ہوں، وہ سب چنیں۔
surveys-choose-up-to = { $count ->
    [one] زیادہ سے زیادہ { $count } جواب چنیں۔
   *[other] زیادہ سے زیادہ { $count } جوابات چنیں۔
}
surveys-ranking-hint = ہر ایک کو الگ نمبر دیں: 1 سب سے اہم ہے۔
surveys-number-between = { $min } سے { $max } تک کوئی عدد۔
surveys-text-limit = زیادہ سے زیادہ { $count } حروف۔
surveys-date-hint = دن، مہینہ اور سال۔
surveys-only-if = صرف تب جواب دیں جب آپ نے اوپر «{ $answer }» جواب دیا ہو۔
surveys-only-if-not = صرف تب جواب دیں جب آپ نے اوپر «{ $answer }» جواب نہ دیا ہو۔
surveys-only-if-answered = صرف تب جواب دیں جب آپ نے اوپر والے سوال کا جواب دیا ہو۔
surveys-more-questions = آپ کے جوابات سے اس صفحے پر مزید سوالات کھل گئے ہیں۔ آگے بڑھنے سے پہلے براہ کرم انہیں دیکھ لیں۔
surveys-problems-title = براہ کرم ان جوابات کو جانچ لیں
surveys-problem-required = براہ کرم اس سوال کا جواب دیں۔
surveys-problem-unknown-option = یہ جواب دیے گئے اختیارات میں سے نہیں ہے۔ براہ کرم دوبارہ چنیں۔
surveys-problem-too-many-values = براہ کرم یہاں صرف ایک جواب دیں۔
surveys-problem-too-many-choices = آپ نے بہت زیادہ جوابات چنے ہیں۔ براہ کرم کم چنیں۔
surveys-problem-out-of-range = یہ مقررہ حد سے باہر ہے۔
surveys-problem-too-long = یہ تحریر بہت لمبی ہے۔ براہ کرم اسے مختصر کریں۔
surveys-problem-not-a-number = براہ کرم ایک عدد لکھیں، مثلاً 12۔
surveys-problem-not-a-date = براہ کرم پوری تاریخ دیں: دن، مہینہ اور سال۔
surveys-problem-incomplete = یہ جواب مکمل نہیں ہے۔ براہ کرم اسے مکمل کریں۔
surveys-next = آگے
surveys-send = میرے جوابات بھیجیں
surveys-back = پیچھے
surveys-save = محفوظ کریں اور بعد میں جاری رکھیں
surveys-answer-in = زبان بدلیں۔ آپ کے جوابات محفوظ رہیں گے:

surveys-saved-title = آپ کے جوابات محفوظ ہو گئے ہیں
surveys-saved-intro = بعد میں جاری رکھنے کے لیے، اس یا کسی دوسری ڈیوائس پر سروے کھولیں اور یہ کوڈ لکھیں:
surveys-saved-keep = اسے لکھ لیں یا اس کی تصویر لے لیں۔ آپ کے جوابات 30 دن تک رکھے جائیں گے۔
surveys-saved-no-code = آپ کے جوابات اس ڈیوائس پر محفوظ ہیں۔ جاری رکھنے کے لیے سروے دوبارہ کھولیں۔
surveys-back-to-survey = سروے پر واپس جائیں
surveys-back-to-plan = منصوبے پر واپس جائیں

surveys-thanks-title = آپ کے جوابات کا شکریہ
surveys-thanks-intro = آپ کے جوابات ہمیں مل گئے ہیں۔ بلدیہ شائع کرے گی کہ اس نے کیا سیکھا اور وہ منصوبے میں اسے کیسے استعمال کرتی ہے۔

surveys-results-title = نتائج
surveys-results-total = { $count ->
    [one] { $count } جواب
   *[other] { $count } جوابات
}
surveys-results-too-few = 5 سے کم جوابات: جواب دینے والوں کی حفاظت کے لیے نہیں دکھائے گئے۔
surveys-results-suppressed-note = جواب دینے والوں کی حفاظت کے لیے، 5 سے کم لوگوں کے گروپ نہیں دکھائے جاتے۔
surveys-results-no-breakdown = زبان یا جواب آنے کے طریقے کے لحاظ سے تقسیم صرف منصوبے کے سہولت کاروں کو دکھائی جاتی ہے: کل تعداد سے موازنہ کرنے پر اس سے چھوٹے گروپ پہچانے جا سکتے ہیں۔
surveys-results-held = { $count ->
    [one] 1 جواب الگ رکھا گیا ہے جب تک کم از کم 5 نہ آ جائیں (یا سروے بند نہ ہو)، تاکہ کوئی اسے دینے والے شخص سے نہ جوڑ سکے۔ ابھی اسے گنا نہیں گیا۔
   *[other] { $count } جواب الگ رکھے گئے ہیں جب تک کم از کم 5 نہ آ جائیں (یا سروے بند نہ ہو)، تاکہ کوئی انہیں دینے والوں سے نہ جوڑ سکے۔ ابھی انہیں گنا نہیں گیا۔
}
surveys-results-exact-note = آپ درست تعداد دیکھ رہے ہیں کیونکہ آپ اس منصوبے پر کام کرتے ہیں۔ شائع شدہ نتائج میں 5 سے کم لوگوں کے گروپ چھپے رہتے ہیں۔
surveys-results-answered = { $count ->
    [one] { $count } شخص نے جواب دیا
   *[other] { $count } لوگوں نے جواب دیا
}
surveys-results-mean-median = اوسط: { $mean } · وسطانیہ: { $median }
surveys-results-several = لوگ ایک سے زیادہ جواب چن سکتے تھے، اس لیے فیصد کا مجموعہ 100% سے زیادہ ہے۔
surveys-results-answer = جواب
surveys-results-count = لوگ
surveys-results-percent = فیصد
surveys-results-chart = چارٹ
surveys-fewer-than-5 = 5 سے کم
surveys-results-more-texts = یہاں صرف تازہ ترین جوابات دکھائے گئے ہیں۔ سب پڑھنے کے لیے ڈیٹا ڈاؤن لوڈ کریں۔
surveys-text-hidden = ماڈریٹر نے چھپا دیا: شائع شدہ نتائج میں نہیں دکھایا جاتا۔
surveys-text-hide = یہ جواب چھپائیں
surveys-text-show = یہ جواب دوبارہ دکھائیں
surveys-filter-label = نتائج چھانٹیں
surveys-filter-language = جوابات کی زبان
surveys-filter-channel = جوابات کیسے آئے
surveys-filter-all = سب
surveys-filter-apply = دکھائیں

surveys-channel-online = آن لائن، خود اس شخص نے
surveys-channel-paper = کاغذی فارم
surveys-channel-interview = سہولت کار کے ساتھ انٹرویو
surveys-channel-interpreter = ترجمان کے ساتھ انٹرویو

surveys-manage-heading = سہولت کاروں کے لیے
surveys-response-count = { $count ->
    [one] اب تک { $count } جواب۔
   *[other] اب تک { $count } جوابات۔
}
surveys-preview = سروے کا پیش منظر دیکھیں
surveys-preview-note = پیش منظر: یہاں آپ جو بھی چنیں گے، نہ بھیجا جائے گا نہ رکھا جائے گا۔
surveys-preview-nav = پیش منظر کے صفحات
surveys-preview-end = پیش منظر سے باہر نکلیں
surveys-export-csv = جوابات ڈاؤن لوڈ کریں (CSV، اسپریڈشیٹ کے لیے)
surveys-export-json = جوابات ڈاؤن لوڈ کریں (JSON)
surveys-assisted-heading = کسی اور کی طرف سے جواب درج کریں
surveys-assisted-intro = کاغذی فارم اور انٹرویو کے لیے۔ چنیں کہ جوابات کیسے جمع کیے گئے؛ پھر اس شخص کے جوابات سے سروے بھریں۔
surveys-assisted-note = آپ کسی اور کی طرف سے جواب درج کر رہے ہیں:
surveys-assisted-start = درج کرنا شروع کریں
surveys-channel-label = جوابات کیسے جمع کیے گئے
surveys-interview-lang-label = انٹرویو کی زبان
surveys-interview-lang-same = سروے والی زبان
surveys-entered = جواب محفوظ ہو گیا۔ آپ ایک اور درج کر سکتے ہیں۔

surveys-codes-title = ایک بار استعمال ہونے والے کوڈ
surveys-codes-intro = ہر کوڈ سے ایک شخص ایک بار جواب دے سکتا ہے۔ کوڈ پرنٹ کریں اور نشستوں میں تقسیم کریں۔
surveys-codes-counts = { $unused ->
    [one] { $unused } کوڈ ابھی استعمال نہیں ہوا
   *[other] { $unused } کوڈ ابھی استعمال نہیں ہوئے
}، { $used ->
    [one] { $used } استعمال ہو چکا۔
   *[other] { $used } استعمال ہو چکے۔
}
surveys-codes-count-label = کتنے نئے کوڈ
surveys-codes-count-hint = 1 سے 500 تک۔
surveys-codes-create = کوڈ بنائیں
surveys-codes-print = ہر غیر استعمال شدہ کوڈ کی ایک پرچی حاصل کرنے کے لیے یہ صفحہ پرنٹ کریں۔
surveys-slip-go-to = اس پتے پر جائیں:
surveys-slip-code = اور یہ کوڈ لکھیں:
surveys-slip-qr = QR کوڈ: اسے اپنے فون کے کیمرے سے اسکین کریں تاکہ سروے یہ کوڈ پہلے سے بھرا ہوا کھلے

## سروے بنانے کا ٹول (سہولت کاروں کے لیے)۔
surveys-builder-title = سروے میں ترمیم کریں
surveys-builder-new-title = نیا سروے
surveys-builder-new-intro = سروے کو ایک عنوان اور ایک مختصر ویب پتہ دیں۔ سوالات آپ اس کے بعد شامل کریں گے؛ جب تک آپ سروے شائع نہیں کرتے، اسے کوئی نہیں دیکھ سکتا۔
surveys-builder-title-label = عنوان
surveys-builder-slug-label = ویب پتے کے لیے مختصر نام
surveys-builder-slug-hint = چھوٹے لاطینی حروف (a-z)، ہندسے اور ڈیش (-)، مثلاً survey-2027۔
surveys-builder-own-language = سروے کی اصل زبان
surveys-builder-access-label = کون جواب دے سکتا ہے
surveys-access-open = کوئی بھی، لاگ ان کیے بغیر (ہر ڈیوائس سے ایک جواب)
surveys-access-codes = وہ لوگ جنہیں کاغذ پر ایک بار استعمال ہونے والا کوڈ دیا گیا ہو
surveys-access-account = وہ لوگ جو لاگ ان کرتے ہیں (ہر اکاؤنٹ سے ایک جواب)
surveys-builder-create = سروے بنائیں
surveys-builder-saved = محفوظ ہو گیا۔
surveys-builder-languages-heading = زبانیں
surveys-builder-languages-hint = کسی زبان کی تحریریں لکھنے یا جانچنے کے لیے وہ زبان چنیں۔ سروے کی اصل زبان سب سے پہلے ہے۔
surveys-builder-language = زبان
surveys-builder-translations = تحریریں
surveys-builder-complete = سب تحریریں لکھی جا چکی ہیں
surveys-builder-missing = { $count ->
    [one] { $count } تحریر باقی ہے
   *[other] { $count } تحریریں باقی ہیں
}
surveys-builder-not-a-survey-language = یہ سروے اس زبان میں دستیاب نہیں۔ اوپر دی گئی اس کی زبانوں میں سے کوئی ایک چنیں۔
surveys-builder-offered-languages = زبانیں جن میں یہ سروے دستیاب ہے
surveys-builder-offered-languages-hint = لوگ ان زبانوں میں جواب دے سکتے ہیں جن پر یہاں نشان لگا ہے۔ جب کسی زبان کی تحریریں لکھی جا چکیں تو وہ زبان شامل کریں؛ سروے کی اصل زبان ہمیشہ دستیاب رہتی ہے۔
surveys-builder-publish-missing = کچھ تحریروں کا ابھی ترجمہ نہیں ہوا: { $languages }۔ ان زبانوں میں جواب دینے والے لوگ یہ تحریریں { $language } میں دیکھتے ہیں۔
surveys-builder-status-heading = صورت حال
surveys-builder-published = شائع ہو چکا ہے۔
surveys-builder-draft = مسودہ: اسے صرف سہولت کار دیکھ سکتے ہیں۔
surveys-builder-publish = شائع کریں
surveys-builder-unpublish = واپس مسودہ بنائیں
surveys-builder-locked = اس سروے کے جوابات آ چکے ہیں: آپ اس کی تحریریں بدل سکتے ہیں، لیکن اس کے سوالات، اختیارات اور یہ کہ کون جواب دے سکتا ہے، نہیں بدل سکتے۔
surveys-builder-settings-heading = ترتیبات
surveys-builder-intro-label = تعارف
surveys-builder-opens-label = کھلنے کی تاریخ (اختیاری)
surveys-builder-closes-label = بند ہونے کی تاریخ (اختیاری)
surveys-builder-results-public = نتائج شائع کریں (5 سے کم لوگوں کے گروپ چھپے رہیں گے)
surveys-builder-save = محفوظ کریں
surveys-builder-questions-heading = سوالات
surveys-builder-translating-hint = آپ کسی دوسری زبان میں تحریریں لکھ رہے ہیں۔ سوالات اور اختیارات سروے کی اصل زبان ہی میں شامل کیے اور ہٹائے جاتے ہیں۔
surveys-builder-section-title = اس حصے کا عنوان
surveys-builder-kind-label = سوال کی قسم
surveys-builder-question-text = سوال
surveys-builder-add-question = سوال شامل کریں
surveys-builder-add-section = ایک حصہ شامل کریں
surveys-builder-plain = یہی سوال آسان الفاظ میں (اختیاری)
surveys-builder-help = مدد کی تحریر (اختیاری)
surveys-builder-options = اختیارات
surveys-builder-rows = قطاریں (ہر سطر میں درجہ دینے کے لیے ایک چیز)
surveys-builder-scale-points = ہر قطار کے لیے جوابات
surveys-builder-lines-hint = ہر سطر میں ایک۔ کوئی سطر ہٹانے سے وہ اختیار ہٹ جاتا ہے۔
surveys-builder-lines-translate-hint = ہر سطر میں ایک، اسی ترتیب سے جیسے سروے کی اصل زبان میں ہے۔
surveys-builder-max-choices = زیادہ سے زیادہ کتنے اختیارات چنے جا سکتے ہیں (خالی: کوئی حد نہیں)
surveys-builder-other = لکھنے کی جگہ کے ساتھ «دیگر» کا اختیار دیں
surveys-builder-min = سب سے چھوٹا عدد
surveys-builder-max = سب سے بڑا عدد
surveys-builder-min-label = سب سے چھوٹے عدد کے لیے الفاظ
surveys-builder-max-label = سب سے بڑے عدد کے لیے الفاظ
surveys-builder-min-date = سب سے پہلی تاریخ (سال-مہینہ-دن)
surveys-builder-max-date = سب سے آخری تاریخ (سال-مہینہ-دن)
surveys-builder-max-len = زیادہ سے زیادہ حروف
surveys-builder-required = جواب دینا ضروری ہے
surveys-builder-pnts = «میں نہیں بتانا چاہتا/چاہتی» کا اختیار دیں
surveys-builder-condition = یہ سوال کب دکھانا ہے
surveys-builder-condition-question = کس سوال کے جواب پر منحصر ہے
surveys-builder-always = ہمیشہ دکھائیں
surveys-builder-condition-op = تب دکھائیں جب جواب
surveys-builder-op-equals = یہ ہو
surveys-builder-op-not_equals = یہ نہ ہو
surveys-builder-op-any_of = ان میں سے کوئی ایک ہو
surveys-builder-op-answered = دیا گیا ہو
surveys-builder-condition-answers = وہ جوابات جن پر یہ دکھایا جائے
surveys-builder-condition-pick-question = اس سوال کو صرف مخصوص جوابات کے بعد دکھانے کے لیے، پچھلا سوال منتخب کریں اور محفوظ کریں: پھر اس کے جوابات یہاں ظاہر ہوں گے۔
surveys-builder-condition-no-answers = اس سوال میں منتخب کرنے کے لیے کوئی جوابات نہیں ہیں۔ کوئی اور سوال منتخب کر کے محفوظ کریں، یا جب بھی جواب دیا جائے اسے دکھائیں۔
surveys-builder-move-up = اوپر لے جائیں
surveys-builder-move-down = نیچے لے جائیں
surveys-builder-delete = سوال حذف کریں
surveys-builder-delete-warning = یہ سوال اور ہر زبان میں اس کی تحریریں ہمیشہ کے لیے حذف ہو جائیں گی۔
surveys-builder-delete-confirm = ہاں، یہ سوال حذف کریں
surveys-kind-single_choice = ایک اختیار
surveys-kind-multiple_choice = کئی اختیارات
surveys-kind-dropdown = فہرست میں سے ایک اختیار
surveys-kind-scale = پیمانہ
surveys-kind-yes_no = ہاں یا نہیں
surveys-kind-short_text = مختصر تحریر
surveys-kind-long_text = طویل تحریر
surveys-kind-number = عدد
surveys-kind-date = تاریخ
surveys-kind-ranking = ترتیب دینا
surveys-kind-matrix = گرڈ (قطاریں اور جوابات)
surveys-correcting-note = آپ جواب { $response } درست کر رہے ہیں۔ آخری حصہ بھیجنے پر اس کے پرانے جوابات کی جگہ نئے جوابات آ جائیں گے۔
surveys-responses-title = جوابات
surveys-responses-count = { $count ->
    [one] { $count } جواب محفوظ ہے۔
   *[other] { $count } جوابات محفوظ ہیں۔
}
surveys-responses-held = { $count ->
    [one] مزید { $count } جواب تب تک الگ رکھا گیا ہے جب تک اتنے جوابات نہ آ جائیں کہ اسے دوسروں کے ساتھ محفوظ کیا جا سکے؛ محفوظ ہونے کے بعد یہ فہرست میں دکھائی دے گا۔
   *[other] مزید { $count } جوابات تب تک الگ رکھے گئے ہیں جب تک اتنے جوابات نہ آ جائیں کہ انہیں دوسروں کے ساتھ محفوظ کیا جا سکے؛ محفوظ ہونے کے بعد یہ فہرست میں دکھائی دیں گے۔
}
surveys-responses-none = دکھانے کے لیے کوئی جواب نہیں ہے۔
surveys-responses-filter-label = جوابات چھانٹیں
surveys-responses-col-response = جواب
surveys-responses-col-day = دن
surveys-responses-col-language = فارم کی زبان
surveys-responses-col-answered = جواب دیے گئے سوالات
surveys-responses-pages-label = جوابات کے صفحات
surveys-responses-withdrawn = جواب منسوخ کر دیا گیا۔ اب اس کے جوابات نتائج اور ایکسپورٹ کی گئی فائلوں میں شمار نہیں ہوتے۔
surveys-responses-history = تصحیحات اور منسوخ کیے گئے جوابات
surveys-responses-history-none = کوئی جواب درست یا منسوخ نہیں کیا گیا۔
surveys-responses-history-corrected = { $who } نے اسے { $date } کو درست کیا
surveys-responses-history-withdrawn = { $who } نے اسے { $date } کو منسوخ کیا
surveys-responses-someone = ایک حذف شدہ اکاؤنٹ
surveys-response-title = جواب { $response }
surveys-response-answers = دیے گئے جوابات
surveys-response-no-answer = جواب نہیں دیا گیا
surveys-response-corrected = جواب درست کر دیا گیا۔ نتائج میں اب اس کے نئے جوابات شمار ہوتے ہیں۔
surveys-response-unchanged = کوئی جواب نہیں بدلا گیا، اس لیے کچھ بھی درج نہیں ہوا۔
surveys-response-review = درست کریں یا منسوخ کریں
surveys-response-correct = جوابات درست کریں
surveys-response-correct-intro = فارم پہلے سے درج جوابات کے ساتھ کھلتا ہے۔ جو غلط درج ہوا تھا اسے بدلیں اور آخری حصہ بھیجیں: پرانے جوابات کی جگہ نئے جوابات آ جاتے ہیں۔ یہ تبدیلی آپ کے نام اور وجہ کے ساتھ درج کی جاتی ہے۔
surveys-response-correct-start = درست کرنے کے لیے جوابات کھولیں
surveys-response-not-correctable = یہ جواب اس شخص نے خود آن لائن دیا تھا: اسے درست نہیں کیا جا سکتا، صرف منسوخ کیا جا سکتا ہے۔
surveys-response-reason-label = وجہ
surveys-response-reason-hint = مثال کے طور پر: «کاغذی فارم کے 1 کی جگہ 7 درج ہو گیا»۔ زیادہ سے زیادہ 500 حروف۔
surveys-response-withdraw = یہ جواب منسوخ کریں
surveys-response-withdraw-warning = اس کے جوابات نتائج اور ایکسپورٹ کی گئی فائلوں سے ہمیشہ کے لیے نکل جاتے ہیں۔ منسوخی آپ کے نام اور وجہ کے ساتھ درج کی جاتی ہے۔
surveys-response-withdraw-confirm = ہاں، اسے منسوخ کریں
surveys-response-history = اس جواب میں تبدیلیاں
surveys-response-back = تمام جوابات
surveys-builder-codes = جوابات کے کوڈ
surveys-builder-codes-label = کوڈ، ہر سطر میں ایک
surveys-builder-codes-hint = اوپر دیے گئے جوابات کی ترتیب میں۔ ایکسپورٹ کی گئی فائلیں اور شرائط انہیں استعمال کرتی ہیں: چھوٹے لاطینی حروف (a–z)، ہندسے، ڈیش (-) اور انڈر سکور (_)۔ کسی کے جواب دینے کے بعد انہیں بدلا نہیں جا سکتا۔
surveys-slips-languages = پرچیوں کی زبانیں
surveys-slips-languages-apply = پرچیاں ان زبانوں میں دکھائیں
surveys-builder-transfer-heading = کاپی یا ایکسپورٹ
surveys-builder-download-file = سروے کی فائل ڈاؤن لوڈ کریں (JSON)
surveys-builder-download-hint = اس میں سروے کے سوالات اور تحریریں تمام زبانوں میں ہوتی ہیں، تاکہ کسی دوسرے منصوبے میں یا کسی دوسری Ponte سائٹ پر اس سے نیا سروے شروع کیا جا سکے۔ اس میں کوئی جواب نہیں ہوتا۔
surveys-builder-copy = اس سروے کو کاپی کریں
surveys-builder-copy-intro = کاپی ایک نیا مسودہ ہے جس میں وہی سوالات، تحریریں اور زبانیں ہوتی ہیں، لیکن جوابات، کوڈ یا تاریخیں نہیں۔
surveys-builder-copy-submit = کاپی بنائیں
surveys-builder-import-heading = سروے کی فائل سے شروع کریں
surveys-builder-import-intro = کسی سروے کے ترمیم والے صفحے سے ڈاؤن لوڈ کی گئی سروے کی فائل (JSON)، یہاں سے یا کسی دوسری Ponte سائٹ سے: اس کے سوالات اور تحریریں مسودے کی صورت میں ایک نیا سروے بن جاتی ہیں۔
surveys-builder-import-file = سروے کی فائل
surveys-builder-import-title-hint = فائل میں موجود عنوان رکھنے کے لیے اسے خالی چھوڑ دیں۔
surveys-builder-import-submit = سروے امپورٹ کریں
