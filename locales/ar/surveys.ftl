## Surveys feature: answering a survey, results, single-use codes and tools for facilitators.

surveys-list-title = الاستبيانات
surveys-list-intro = أجب بلغتك. تساعد إجاباتك في اختيار إجراءات الخطة.
surveys-list-empty = لا توجد استبيانات لهذه الخطة بعد.

surveys-phase-draft = لم يُنشر بعد
surveys-phase-not-yet-open = لم يُفتح بعد
surveys-phase-open = مفتوح
surveys-phase-closed = مغلق
surveys-open-until = مفتوح حتى { $date }
surveys-opens-on = يُفتح في { $date }

surveys-facts = { $questions ->
    [zero] { $questions } سؤال
    [one] سؤال واحد
    [two] سؤالان
    [few] { $questions } أسئلة
    [many] { $questions } سؤالًا
   *[other] { $questions } سؤال
} في { $sections ->
    [zero] { $sections } جزء
    [one] جزء واحد
    [two] جزأين
    [few] { $sections } أجزاء
    [many] { $sections } جزءًا
   *[other] { $sections } جزء
}. يمكنك تخطي أي سؤال غير مكتوب بجانبه «مطلوب».
surveys-languages-heading = يمكنك الإجابة بهذه اللغات
surveys-privacy-heading = ما الذي نحتفظ به
surveys-privacy-open = لا تحتاج إلى تسجيل الدخول أو ذكر اسمك. يتذكر هذا المتصفح أنك أجبت، حتى يجيب كل شخص مرة واحدة فقط.
surveys-privacy-codes = تحتاج إلى الرمز المكتوب على الورقة التي أُعطيت لك. يمكن استخدام الرمز مرة واحدة فقط. إجاباتك غير مرتبطة بالرمز: نسجّل فقط أنه استُخدم.
surveys-privacy-account = تحتاج إلى تسجيل الدخول، حتى يجيب كل شخص مرة واحدة فقط. إجاباتك غير مرتبطة بحسابك: نسجّل فقط أن هذا الحساب قد أجاب.
surveys-privacy-held = حتى لا يتمكن أحد من ربط إجاباتك بك — ولا حتى من يستطيع قراءة قاعدة بياناتنا — تُحفظ جانبًا إلى أن تصل إجابات 4 أشخاص آخرين على الأقل، ثم تُخزَّن كلها معًا بترتيب عشوائي مع يوم تخزينها. وحتى ذلك الحين لا تُحتسب في النتائج.
surveys-privacy-address = لمنع أي شخص من إرسال إجابات كثيرة، نعدّ الإجابات الواردة من كل عنوان إنترنت لمدة ساعة، برمز لا يمكن تحويله إلى العنوان ويُحذف بعد يوم.
surveys-privacy-stored = نحتفظ بإجاباتك، واللغة التي أجبت بها، واليوم (لا الساعة). لا نحتفظ باسمك، ولا ببريدك الإلكتروني، ولا بعنوان الإنترنت الخاص بك، ولا بأي شيء آخر يدل على هويتك.

surveys-take-part-heading = شارك
surveys-start = ابدأ الاستبيان
surveys-continue = تابع من حيث توقفت
surveys-sign-in-to-answer = سجّل الدخول للإجابة
surveys-already-answered = لقد أجبت على هذا الاستبيان من هذا الجهاز أو الحساب. شكرًا لك!
surveys-cannot-answer-draft = هذا الاستبيان لم يُنشر بعد. أنت تراه لأنك تُعِدّه.
surveys-cannot-answer-not-yet-open = هذا الاستبيان لا يستقبل الإجابات بعد.
surveys-cannot-answer-closed = هذا الاستبيان مغلق. شكرًا لكل من أجاب.
surveys-see-results = اطّلع على النتائج
surveys-rate-limited = وصلت إجابات كثيرة من اتصالك بالإنترنت خلال الساعة الماضية. يُرجى المحاولة لاحقًا، أو اطلب استمارة ورقية من أحد الميسّرين.

surveys-code-label = رمزك
surveys-code-hint = الرمز مكتوب على الورقة التي أُعطيت لك، مثل ABCD-2345. يمكنك كتابته بأحرف كبيرة أو صغيرة.
surveys-resume-heading = تابع الإجابات التي حفظتها
surveys-resume-label = رمز المتابعة
surveys-resume-hint = الرمز الذي ظهر لك عندما حفظت إجاباتك، مثل ABCD-EFGH-2345.
surveys-resume-submit = تابع

surveys-answer-title = الإجابات
surveys-progress = الجزء { $current } من { $total }
surveys-required = (مطلوب)
surveys-yes = نعم
surveys-no = لا
surveys-prefer-not-to-say = أفضّل عدم الإجابة
surveys-other = غير ذلك
surveys-other-write = غير ذلك: اكتب إجابتك
surveys-choose = اختر إجابة
surveys-choose-any = اختر كل ما ينطبق عليك.
surveys-choose-up-to = { $count ->
    [zero] اختر { $count } إجابة على الأكثر.
    [one] اختر إجابة واحدة على الأكثر.
    [two] اختر إجابتين على الأكثر.
    [few] اختر { $count } إجابات على الأكثر.
    [many] اختر { $count } إجابةً على الأكثر.
   *[other] اختر { $count } إجابة على الأكثر.
}
surveys-ranking-hint = أعطِ كل واحدة رقمًا مختلفًا: 1 هو الأهم.
surveys-number-between = رقم من { $min } إلى { $max }.
surveys-text-limit = الحد الأقصى لعدد الأحرف: { $count }.
surveys-date-hint = اليوم والشهر والسنة.
surveys-only-if = أجب فقط إذا كانت إجابتك في الأعلى «{ $answer }».
surveys-only-if-not = أجب فقط إذا لم تكن إجابتك في الأعلى «{ $answer }».
surveys-only-if-answered = أجب فقط إذا أجبت على السؤال الذي في الأعلى.
surveys-more-questions = فتحت إجاباتك أسئلة أخرى في هذه الصفحة. يُرجى الاطلاع عليها قبل المتابعة.
surveys-problems-title = يُرجى مراجعة هذه الإجابات
surveys-problem-required = يُرجى الإجابة على هذا السؤال.
surveys-problem-unknown-option = هذه الإجابة ليست من بين الخيارات. يُرجى الاختيار مرة أخرى.
surveys-problem-too-many-values = يُرجى إعطاء إجابة واحدة فقط هنا.
surveys-problem-too-many-choices = اخترت إجابات كثيرة جدًا. يُرجى اختيار عدد أقل.
surveys-problem-out-of-range = هذه القيمة خارج الحدود المسموح بها.
surveys-problem-too-long = هذا النص طويل جدًا. يُرجى تقصيره.
surveys-problem-not-a-number = يُرجى كتابة رقم، مثل 12.
surveys-problem-not-a-date = يُرجى كتابة تاريخ كامل: اليوم والشهر والسنة.
surveys-problem-incomplete = هذه الإجابة غير مكتملة. يُرجى إكمالها.
surveys-next = التالي
surveys-send = أرسل إجاباتي
surveys-back = السابق
surveys-save = احفظ وتابع لاحقًا
surveys-answer-in = غيّر اللغة. ستبقى إجاباتك محفوظة:

surveys-saved-title = حُفظت إجاباتك
surveys-saved-intro = للمتابعة لاحقًا، على هذا الجهاز أو على جهاز آخر، افتح الاستبيان واكتب هذا الرمز:
surveys-saved-keep = اكتبه على ورقة أو التقط له صورة. نحتفظ بإجاباتك لمدة 30 يومًا.
surveys-saved-no-code = حُفظت إجاباتك على هذا الجهاز. افتح الاستبيان مرة أخرى للمتابعة.
surveys-back-to-survey = العودة إلى الاستبيان
surveys-back-to-plan = العودة إلى الخطة

surveys-thanks-title = شكرًا على إجاباتك
surveys-thanks-intro = وصلتنا إجاباتك. ستنشر البلدية ما تعلّمته، وكيف تستخدمه في الخطة.

surveys-results-title = النتائج
surveys-results-total = { $count ->
    [zero] لا توجد إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابةً
   *[other] { $count } إجابة
}
surveys-results-too-few = أقل من 5 إجابات: لا نعرضها، لحماية الأشخاص الذين أجابوا.
surveys-results-suppressed-note = لحماية الأشخاص الذين أجابوا، لا نعرض المجموعات التي تضم أقل من 5 أشخاص.
surveys-results-no-breakdown = لا يُعرض التوزيع حسب اللغة أو طريقة وصول الإجابات إلا لميسّري الخطة: فمقارنته بالمجاميع قد تكشف المجموعات الصغيرة.
surveys-results-held = { $count ->
    [zero] لا توجد إجابات محجوزة.
    [one] إجابة واحدة محجوزة جانبًا حتى تصل 5 إجابات على الأقل (أو يُغلق الاستبيان)، كي لا يتمكن أحد من ربطها بمن قدّمها. لم تُحتسب بعد.
    [two] إجابتان محجوزتان جانبًا حتى تصل 5 إجابات على الأقل (أو يُغلق الاستبيان)، كي لا يتمكن أحد من ربطهما بمن قدّمهما. لم تُحتسبا بعد.
    [few] { $count } إجابات محجوزة جانبًا حتى تصل 5 إجابات على الأقل (أو يُغلق الاستبيان)، كي لا يتمكن أحد من ربطها بمن قدّمها. لم تُحتسب بعد.
   *[other] { $count } إجابة محجوزة جانبًا حتى تصل 5 إجابات على الأقل (أو يُغلق الاستبيان)، كي لا يتمكن أحد من ربطها بمن قدّمها. لم تُحتسب بعد.
}
surveys-results-exact-note = ترى الأرقام الدقيقة لأنك تعمل على هذه الخطة. النتائج المنشورة تُخفي المجموعات التي تضم أقل من 5 أشخاص.
surveys-results-answered = { $count ->
    [zero] لم يُجب أحد
    [one] أجاب شخص واحد
    [two] أجاب شخصان
    [few] أجاب { $count } أشخاص
    [many] أجاب { $count } شخصًا
   *[other] أجاب { $count } شخص
}
surveys-results-mean-median = المتوسط: { $mean } · الوسيط: { $median }
surveys-results-several = كان بإمكان الناس اختيار أكثر من إجابة، لذلك مجموع النسب المئوية أكثر من 100%.
surveys-results-answer = الإجابة
surveys-results-count = عدد الأشخاص
surveys-results-percent = النسبة
surveys-results-chart = رسم بياني
surveys-fewer-than-5 = أقل من 5
surveys-results-more-texts = تظهر هنا أحدث الإجابات فقط. نزّل البيانات لقراءتها كلها.
surveys-text-hidden = أخفاها أحد المشرفين: لا تظهر في النتائج المنشورة.
surveys-text-hide = أخفِ هذه الإجابة
surveys-text-show = أظهر هذه الإجابة مرة أخرى
surveys-filter-label = تصفية النتائج
surveys-filter-language = لغة الإجابات
surveys-filter-channel = كيف وصلت الإجابات
surveys-filter-all = الكل
surveys-filter-apply = عرض

surveys-channel-online = عبر الإنترنت، من الشخص نفسه
surveys-channel-paper = استمارة ورقية
surveys-channel-interview = مقابلة مع ميسّر
surveys-channel-interpreter = مقابلة بمساعدة مترجم

surveys-manage-heading = للميسّرين
surveys-response-count = { $count ->
    [zero] لا توجد إجابات حتى الآن.
    [one] إجابة واحدة حتى الآن.
    [two] إجابتان حتى الآن.
    [few] { $count } إجابات حتى الآن.
    [many] { $count } إجابةً حتى الآن.
   *[other] { $count } إجابة حتى الآن.
}
surveys-preview = معاينة الاستبيان
surveys-preview-note = معاينة: لا يُرسل ولا يُحفظ أي شيء تختاره هنا.
surveys-preview-nav = صفحات المعاينة
surveys-preview-end = الخروج من المعاينة
surveys-export-csv = نزّل الإجابات (CSV، لجداول البيانات)
surveys-export-json = نزّل الإجابات (JSON)
surveys-assisted-heading = إدخال إجابة نيابةً عن شخص آخر
surveys-assisted-intro = للاستمارات الورقية والمقابلات. اختر كيف جُمعت الإجابات، ثم املأ الاستبيان بإجابات ذلك الشخص.
surveys-assisted-note = أنت تُدخل إجابة نيابةً عن شخص آخر:
surveys-assisted-start = ابدأ الإدخال
surveys-channel-label = كيف جُمعت الإجابات
surveys-interview-lang-label = لغة المقابلة
surveys-interview-lang-same = لغة الاستبيان نفسها
surveys-entered = حُفظت الإجابة. يمكنك إدخال إجابة أخرى.

surveys-codes-title = رموز للاستخدام مرة واحدة
surveys-codes-intro = كل رمز يسمح لشخص واحد بالإجابة مرة واحدة. اطبع الرموز ووزّعها في الجلسات.
surveys-codes-counts = { $unused ->
    [zero] لا توجد رموز غير مستخدمة
    [one] رمز واحد لم يُستخدم بعد
    [two] رمزان لم يُستخدما بعد
    [few] { $unused } رموز لم تُستخدم بعد
    [many] { $unused } رمزًا لم يُستخدم بعد
   *[other] { $unused } رمز لم يُستخدم بعد
}، { $used ->
    [zero] ولم يُستخدم أي رمز.
    [one] ورمز واحد مستخدم.
    [two] ورمزان مستخدمان.
    [few] و{ $used } رموز مستخدمة.
    [many] و{ $used } رمزًا مستخدمًا.
   *[other] و{ $used } رمز مستخدم.
}
surveys-codes-count-label = عدد الرموز الجديدة
surveys-codes-count-hint = من 1 إلى 500.
surveys-codes-create = أنشئ الرموز
surveys-codes-print = اطبع هذه الصفحة لتحصل على قسيمة لكل رمز غير مستخدم.
surveys-slip-go-to = اذهب إلى
surveys-slip-code = واكتب الرمز
surveys-slip-qr = رمز QR: امسحه بكاميرا هاتفك لفتح الاستبيان وقد أُدخل هذا الرمز

## أداة إنشاء الاستبيانات (للميسّرين).
surveys-builder-title = تعديل الاستبيان
surveys-builder-new-title = استبيان جديد
surveys-builder-new-intro = أعطِ الاستبيان عنوانًا ورابطًا قصيرًا. ستضيف الأسئلة بعد ذلك؛ ولن يرى أحد الاستبيان حتى تنشره.
surveys-builder-title-label = العنوان
surveys-builder-slug-label = اسم قصير للرابط
surveys-builder-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثل survey-2027.
surveys-builder-own-language = اللغة الأصلية للاستبيان
surveys-builder-access-label = من يمكنه الإجابة
surveys-access-open = أي شخص، دون تسجيل الدخول (إجابة واحدة لكل جهاز)
surveys-access-codes = الأشخاص الذين أُعطوا رمزًا للاستخدام مرة واحدة على ورقة
surveys-access-account = الأشخاص الذين يسجّلون الدخول (إجابة واحدة لكل حساب)
surveys-builder-create = أنشئ الاستبيان
surveys-builder-saved = تم الحفظ.
surveys-builder-languages-heading = اللغات
surveys-builder-languages-hint = اختر لغة لكتابة نصوصها أو مراجعتها. تأتي اللغة الأصلية للاستبيان أولًا.
surveys-builder-language = اللغة
surveys-builder-translations = النصوص
surveys-builder-complete = كُتبت كل النصوص
surveys-builder-missing = { $count ->
    [zero] لا ينقص أي نص
    [one] ينقص نص واحد
    [two] ينقص نصّان
    [few] تنقص { $count } نصوص
    [many] ينقص { $count } نصًّا
   *[other] ينقص { $count } نص
}
surveys-builder-not-a-survey-language = الاستبيان غير متاح بهذه اللغة. اختر إحدى لغاته في الأعلى.
surveys-builder-offered-languages = اللغات المتاح بها الاستبيان
surveys-builder-offered-languages-hint = يمكن للناس الإجابة باللغات المحدَّدة هنا. أضف لغة بعد أن تُكتب نصوصها؛ اللغة الأصلية للاستبيان متاحة دائمًا.
surveys-builder-publish-missing = بعض النصوص لم تُترجم بعد: { $languages }. من يجيب بهذه اللغات يرى تلك النصوص باللغة الأصلية للاستبيان ({ $language }).
surveys-builder-status-heading = الحالة
surveys-builder-published = منشور.
surveys-builder-draft = مسودة: لا يراه إلا الميسّرون.
surveys-builder-publish = انشر
surveys-builder-unpublish = أرجِعه إلى مسودة
surveys-builder-locked = للاستبيان إجابات بالفعل: يمكنك تغيير نصوصه، لا أسئلته ولا خياراته ولا من يمكنه الإجابة.
surveys-builder-settings-heading = الإعدادات
surveys-builder-intro-label = المقدمة
surveys-builder-opens-label = تاريخ الفتح (اختياري)
surveys-builder-closes-label = تاريخ الإغلاق (اختياري)
surveys-builder-results-public = نشر النتائج (تبقى المجموعات التي تضم أقل من 5 أشخاص مخفية)
surveys-builder-save = حفظ
surveys-builder-questions-heading = الأسئلة
surveys-builder-translating-hint = أنت تكتب النصوص بلغة أخرى. تُضاف الأسئلة والخيارات وتُحذف باللغة الأصلية للاستبيان.
surveys-builder-section-title = عنوان هذا الجزء
surveys-builder-kind-label = نوع السؤال
surveys-builder-question-text = السؤال
surveys-builder-add-question = أضف السؤال
surveys-builder-add-section = أضف جزءًا
surveys-builder-plain = السؤال نفسه بكلمات بسيطة (اختياري)
surveys-builder-help = نص المساعدة (اختياري)
surveys-builder-options = الخيارات
surveys-builder-rows = الصفوف (شيء واحد للتقييم في كل سطر)
surveys-builder-scale-points = الإجابات لكل صف
surveys-builder-lines-hint = واحد في كل سطر. حذف سطر يحذف ذلك الخيار.
surveys-builder-lines-translate-hint = واحد في كل سطر، بالترتيب نفسه الموجود في اللغة الأصلية للاستبيان.
surveys-builder-max-choices = أكبر عدد مسموح به من الخيارات (فارغ: بلا حد)
surveys-builder-other = إتاحة «غير ذلك» مع خانة للكتابة
surveys-builder-min = أصغر رقم
surveys-builder-max = أكبر رقم
surveys-builder-min-label = كلمات لأصغر رقم
surveys-builder-max-label = كلمات لأكبر رقم
surveys-builder-min-date = أقدم تاريخ (سنة-شهر-يوم)
surveys-builder-max-date = أحدث تاريخ (سنة-شهر-يوم)
surveys-builder-max-len = أكبر عدد من الأحرف
surveys-builder-required = الإجابة مطلوبة
surveys-builder-pnts = إتاحة «أفضّل عدم الإجابة»
surveys-builder-condition = متى يظهر هذا السؤال
surveys-builder-condition-question = يعتمد على الإجابة عن
surveys-builder-always = أظهره دائمًا
surveys-builder-condition-op = أظهره عندما تكون الإجابة
surveys-builder-op-equals = هي
surveys-builder-op-not_equals = ليست
surveys-builder-op-any_of = إحدى هذه
surveys-builder-op-answered = موجودة (أي إجابة)
surveys-builder-condition-answers = الإجابات التي تُظهره
surveys-builder-condition-pick-question = لإظهار هذا السؤال بعد إجابات معيّنة فقط، اختر السؤال السابق واحفظ: ستظهر إجاباته هنا بعد ذلك.
surveys-builder-condition-no-answers = لا توجد لهذا السؤال إجابات للاختيار منها. اختر سؤالًا آخر واحفظ، أو أظهره كلما أُعطيت إجابة.
surveys-builder-move-up = انقله إلى الأعلى
surveys-builder-move-down = انقله إلى الأسفل
surveys-builder-delete = احذف السؤال
surveys-builder-delete-warning = سيُحذف السؤال ونصوصه بكل اللغات نهائيًا.
surveys-builder-delete-confirm = نعم، احذف هذا السؤال
surveys-kind-single_choice = خيار واحد
surveys-kind-multiple_choice = عدة خيارات
surveys-kind-dropdown = خيار واحد من قائمة
surveys-kind-scale = مقياس
surveys-kind-yes_no = نعم أو لا
surveys-kind-short_text = نص قصير
surveys-kind-long_text = نص طويل
surveys-kind-number = رقم
surveys-kind-date = تاريخ
surveys-kind-ranking = ترتيب
surveys-kind-matrix = جدول (صفوف وإجابات)
surveys-correcting-note = أنت تصحّح الإجابة { $response }. عند إرسال الجزء الأخير تحلّ الإجابات الجديدة محلّ إجاباتها السابقة.
surveys-responses-title = الإجابات
surveys-responses-count = { $count ->
    [zero] لا توجد إجابات محفوظة.
    [one] حُفظت إجابة واحدة.
    [two] حُفظت إجابتان.
    [few] حُفظت { $count } إجابات.
    [many] حُفظت { $count } إجابةً.
   *[other] حُفظت { $count } إجابة.
}
surveys-responses-held = { $count ->
    [zero] لا توجد إجابات أخرى محجوزة.
    [one] هناك إجابة أخرى محجوزة جانبًا حتى يصل عدد كافٍ من الإجابات لتُحفظ بينها؛ وستظهر في القائمة بعد حفظها.
    [two] هناك إجابتان أخريان محجوزتان جانبًا حتى يصل عدد كافٍ من الإجابات لتُحفظا بينها؛ وستظهران في القائمة بعد حفظهما.
    [few] هناك { $count } إجابات أخرى محجوزة جانبًا حتى يصل عدد كافٍ من الإجابات لتُحفظ بينها؛ وستظهر في القائمة بعد حفظها.
    [many] هناك { $count } إجابةً أخرى محجوزة جانبًا حتى يصل عدد كافٍ من الإجابات لتُحفظ بينها؛ وستظهر في القائمة بعد حفظها.
   *[other] هناك { $count } إجابة أخرى محجوزة جانبًا حتى يصل عدد كافٍ من الإجابات لتُحفظ بينها؛ وستظهر في القائمة بعد حفظها.
}
surveys-responses-none = لا توجد إجابات لعرضها.
surveys-responses-filter-label = تصفية الإجابات
surveys-responses-col-response = الإجابة
surveys-responses-col-day = اليوم
surveys-responses-col-language = لغة الاستمارة
surveys-responses-col-answered = الأسئلة المُجاب عنها
surveys-responses-pages-label = صفحات الإجابات
surveys-responses-withdrawn = سُحبت الإجابة. لم تعد محتوياتها تُحتسب في النتائج ولا في البيانات المصدَّرة.
surveys-responses-history = التصحيحات وعمليات السحب
surveys-responses-history-none = لم تُصحَّح أي إجابة ولم تُسحب.
surveys-responses-history-corrected = صُحّحت بواسطة { $who } في { $date }
surveys-responses-history-withdrawn = سُحبت بواسطة { $who } في { $date }
surveys-responses-someone = حساب محذوف
surveys-response-title = الإجابة { $response }
surveys-response-answers = الإجابات عن الأسئلة
surveys-response-no-answer = بلا إجابة
surveys-response-corrected = صُحّحت الإجابة. تحتسب النتائج الآن إجاباتها الجديدة.
surveys-response-unchanged = لم تتغير أي إجابة، لذلك لم يُسجَّل شيء.
surveys-response-review = تصحيح أو سحب
surveys-response-correct = صحّح الإجابات
surveys-response-correct-intro = تُفتح استمارة الإجابة وفيها الإجابات كما أُدخلت. غيّر ما أُدخل خطأً وأرسل الجزء الأخير: تحلّ الإجابات الجديدة محلّ القديمة. يُسجَّل التغيير مع اسمك والسبب.
surveys-response-correct-start = افتح الإجابات لتصحيحها
surveys-response-not-correctable = قدّم الشخص نفسه هذه الإجابة عبر الإنترنت: لا يمكن تصحيحها، بل يمكن سحبها فقط.
surveys-response-reason-label = السبب
surveys-response-reason-hint = مثلًا: «أُدخل 7 بدل 1 من الاستمارة الورقية». 500 حرف على الأكثر.
surveys-response-withdraw = اسحب هذه الإجابة
surveys-response-withdraw-warning = تخرج محتوياتها من النتائج ومن البيانات المصدَّرة نهائيًا. يُسجَّل السحب مع اسمك والسبب.
surveys-response-withdraw-confirm = نعم، اسحبها
surveys-response-history = التغييرات على هذه الإجابة
surveys-response-back = كل الإجابات
surveys-builder-codes = رموز الإجابات
surveys-builder-codes-label = الرموز، واحد في كل سطر
surveys-builder-codes-hint = بالترتيب نفسه الذي تظهر به الإجابات أعلاه. تستخدمها البيانات المصدَّرة والشروط: أحرف لاتينية صغيرة a–z وأرقام وشرطات وشرطات سفلية. لا يمكن تغييرها بعد أن يجيب أحد.
surveys-slips-languages = لغات القسائم
surveys-slips-languages-apply = اعرض القسائم بهذه اللغات
surveys-builder-transfer-heading = النسخ أو التصدير
surveys-builder-download-file = نزّل ملف الاستبيان (JSON)
surveys-builder-download-hint = يحتوي على أسئلة الاستبيان ونصوصه بكل اللغات، لبدء استبيان منه في خطة أخرى أو في موقع Ponte آخر. لا يحتوي على أي إجابات.
surveys-builder-copy = انسخ هذا الاستبيان
surveys-builder-copy-intro = النسخة مسودة جديدة بالأسئلة والنصوص واللغات نفسها، دون الإجابات أو الرموز أو التواريخ.
surveys-builder-copy-submit = أنشئ النسخة
surveys-builder-import-heading = ابدأ من ملف استبيان
surveys-builder-import-intro = ملف استبيان (JSON) نُزّل من صفحة تعديل استبيان، هنا أو في موقع Ponte آخر: تصبح أسئلته ونصوصه استبيانًا جديدًا في صورة مسودة.
surveys-builder-import-file = ملف الاستبيان
surveys-builder-import-title-hint = اتركه فارغًا للإبقاء على العنوان الموجود في الملف.
surveys-builder-import-submit = استورد الاستبيان
