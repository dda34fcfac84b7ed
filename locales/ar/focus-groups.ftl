focus-groups-title = مجموعات النقاش المركّزة
focus-groups-intro = حوارات في مجموعات صغيرة يناقش فيها السكان والمهاجرون ما ينبغي أن تفعله الخطة. سجّل في جلسة، أو ساعد في اختيار موعدها.
focus-groups-none = لا توجد مجموعات نقاش مركّزة بعد.
focus-groups-when = { $date }، { $start }–{ $end }
focus-groups-when-poll = لم يُحدَّد التاريخ بعد
focus-groups-places = المقاعد المحجوزة: { $taken } من { $capacity }
focus-groups-waitlisted-count = { $count ->
    [zero] · لا أحد على قائمة الانتظار
    [one] · شخص واحد على قائمة الانتظار
    [two] · شخصان على قائمة الانتظار
    [few] · { $count } أشخاص على قائمة الانتظار
    [many] · { $count } شخصًا على قائمة الانتظار
   *[other] · { $count } شخص على قائمة الانتظار
}
focus-groups-state-poll = جارٍ اختيار التاريخ
focus-groups-state-open = التسجيل مفتوح
focus-groups-state-waitlist = مكتملة: قائمة الانتظار مفتوحة
focus-groups-state-full = مكتملة
focus-groups-state-past = عُقدت
focus-groups-state-cancelled = أُلغيت
focus-groups-register = سجّل في هذه الجلسة
focus-groups-join-waitlist = انضم إلى قائمة الانتظار
focus-groups-full-waitlist = جميع المقاعد محجوزة. يمكنك الانضمام إلى قائمة الانتظار: إذا ألغى أحدهم تسجيله، يحصل أول شخص في القائمة على المقعد ويُبلَّغ بذلك عبر البريد الإلكتروني.
focus-groups-closed-poll = لم يُحدَّد تاريخ هذه الجلسة بعد، لذا لم يُفتح التسجيل.
focus-groups-closed-full = جميع المقاعد محجوزة، ولا توجد قائمة انتظار لهذه الجلسة.
focus-groups-closed-past = عُقدت هذه الجلسة بالفعل.
focus-groups-closed-cancelled = أُلغيت هذه الجلسة.
focus-groups-closed-open = باب التسجيل مفتوح.
focus-groups-closed-waitlist = جميع المقاعد محجوزة، وقائمة الانتظار مفتوحة.
focus-groups-about-heading = موضوع النقاش
focus-groups-consent-heading = كيف يُستخدم ما تقوله
focus-groups-new-heading = إنشاء مجموعة نقاش مركّزة
focus-groups-field-topic = الموضوع
focus-groups-field-audience = الفئة المستهدفة
focus-groups-audience-hint = مثلًا: نساء من مجتمعات جنوب آسيا؛ آباء وأمهات أطفال في سن الدراسة.
focus-groups-field-areas = مجالات العمل التي تتناولها
focus-groups-field-measures = الإجراءات المقترحة التي تتناولها
focus-groups-field-languages = لغات الجلسة
focus-groups-field-interpretation = الترجمة الفورية المتاحة
focus-groups-interpretation-hint = رموز اللغات مفصولة بفواصل، مثلًا: ne, ur, bn.
focus-groups-field-venue = المكان
focus-groups-field-online = رابط الاجتماع عبر الإنترنت
focus-groups-field-access = إمكانية الوصول في المكان
focus-groups-access-step-free = مدخل بلا درجات
focus-groups-access-hearing-loop = حلقة سمعية لأجهزة السمع
focus-groups-access-accessible-toilet = دورة مياه مهيّأة لذوي الإعاقة
focus-groups-access-sign-language = ترجمة إلى لغة الإشارة
focus-groups-access-quiet-room = غرفة هادئة
focus-groups-field-support = الدعم المتاح
focus-groups-support-childcare = ركن لرعاية الأطفال
focus-groups-support-transport = مساعدة في المواصلات
focus-groups-support-meal = وجبة أو وجبة خفيفة
focus-groups-field-capacity = عدد المقاعد
focus-groups-field-waitlist = الاحتفاظ بقائمة انتظار عند اكتمال المقاعد
focus-groups-field-consent = نص الموافقة الذي يُقرأ على المشاركين
focus-groups-field-hosts = تديرها
focus-groups-start-hint = اترك اليوم والوقت فارغين إن لم يُحدَّدا بعد. الأوقات بحسب المنطقة الزمنية للخطة.
focus-groups-field-day = اليوم
focus-groups-field-time = وقت البدء
focus-groups-field-minutes = المدة بالدقائق
focus-groups-submit = أنشئ مجموعة النقاش
focus-groups-register-title = التسجيل
focus-groups-register-privacy = لا يرى بياناتك واحتياجاتك إلا ميسّرو الخطة، من أجل التحضير للجلسة. تُحذف احتياجاتك وبيانات التواصل الخاصة بك بعد 30 يومًا من الجلسة، أو فور إلغائك التسجيل.
focus-groups-field-name = اسمك
focus-groups-field-email = البريد الإلكتروني (اختياري)
focus-groups-email-hint = لتتلقى التأكيد والتذكيرات ورابطًا للإلغاء. إن لم تُدخل بريدًا إلكترونيًا، فاحتفظ بالصفحة التي ستظهر لك بعد ذلك.
focus-groups-field-phone = الهاتف (اختياري)
focus-groups-field-lang = لغتك
focus-groups-field-interpret-into = هل تحتاج إلى مترجم فوري؟
focus-groups-interpret-none = لا، شكرًا
focus-groups-field-access-needs = احتياجات إمكانية الوصول (اختياري)
focus-groups-field-children = الأطفال الذين سيرافقونك إلى ركن رعاية الأطفال
focus-groups-field-children-ages = أعمارهم
focus-groups-field-diet = أطعمة لا يمكنك تناولها (اختياري)
focus-groups-field-note = أي شيء آخر ينبغي أن نعرفه (اختياري)
focus-groups-register-submit = سجّل
focus-groups-behalf-heading = تسجيل شخص نيابةً عنه
focus-groups-behalf-submit = سجّل هذا الشخص
focus-groups-registration-title = تسجيلك
focus-groups-registration-confirmed = تأكّد مقعدك.
focus-groups-registration-waitlisted = أنت على قائمة الانتظار، وترتيبك { $place }. إذا شغر مقعد فهو لك وسنبلغك بذلك.
focus-groups-registration-cancelled = هذا التسجيل ملغى.
focus-groups-registration-keep-link = احتفظ بعنوان هذه الصفحة: فهو وسيلتك للإلغاء، دون حاجة إلى حساب.
focus-groups-cancel-heading = لا تستطيع الحضور؟
focus-groups-cancel-hint = عند الإلغاء يصبح مقعدك متاحًا للشخص التالي في قائمة الانتظار.
focus-groups-cancel-submit = ألغِ تسجيلي
focus-groups-roster-heading = التسجيلات
focus-groups-roster-none = لم يسجّل أحد بعد.
focus-groups-needs-private = لا يرى هذه القائمة إلا ميسّرو الخطة. تُحذف الاحتياجات وبيانات التواصل بعد 30 يومًا من الجلسة، وفورًا عندما يلغي أحدهم تسجيله.
focus-groups-col-name = الاسم
focus-groups-col-seat = المقعد
focus-groups-col-language = اللغة
focus-groups-col-contact = وسيلة التواصل
focus-groups-col-needs = الاحتياجات
focus-groups-seat-confirmed = مؤكَّد
focus-groups-seat-waitlisted = قائمة الانتظار
focus-groups-seat-cancelled = ملغى
focus-groups-entered = (سجّله أحد الميسّرين)
focus-groups-needs-heading = احتياجات يجب التحضير لها (المقاعد المؤكَّدة)
focus-groups-needs-interpreters-heading = المترجمون الفوريون
focus-groups-needs-childcare-heading = رعاية الأطفال
focus-groups-needs-access-heading = إمكانية الوصول
focus-groups-needs-diet-heading = الطعام
focus-groups-needs-interpreter = مترجم فوري إلى { $language }
focus-groups-needs-interpreters = { $language }: { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
focus-groups-needs-children = { $count ->
    [zero] لا أطفال
    [one] طفل واحد
    [two] طفلان
    [few] { $count } أطفال
    [many] { $count } طفلًا
   *[other] { $count } طفل
} ({ $ages })
focus-groups-needs-band = العمر { $band }: { $count }
focus-groups-needs-unaged = العمر غير مذكور: { $count }
focus-groups-email-confirmed-subject = تأكّد مقعدك: { $topic }
focus-groups-email-confirmed-intro = مرحبًا { $name }، تأكّد مقعدك في مجموعة النقاش المركّزة «{ $topic }».
focus-groups-email-confirmed-next = إذا لم تستطع الحضور، فألغِ تسجيلك من الرابط أدناه حتى يتمكن شخص آخر من أخذ مقعدك.
focus-groups-email-confirmed-action = اطّلع على تسجيلك أو ألغِه
focus-groups-email-waitlisted-subject = أنت على قائمة الانتظار: { $topic }
focus-groups-email-waitlisted-intro = مرحبًا { $name }، مجموعة النقاش المركّزة «{ $topic }» مكتملة، لذا أنت على قائمة الانتظار الخاصة بها.
focus-groups-email-waitlisted-next = إذا شغر مقعد، فسيذهب إلى أول شخص في القائمة وسنكتب إليك. احتفظ بهذه الرسالة: رابطها يتيح لك الإلغاء.
focus-groups-email-waitlisted-action = اطّلع على ترتيبك في القائمة
focus-groups-email-promoted-subject = أصبح لك مقعد: { $topic }
focus-groups-email-promoted-intro = مرحبًا { $name }، شغر مقعد في مجموعة النقاش المركّزة «{ $topic }» وأصبح الآن لك.
focus-groups-email-promoted-next = إذا لم تستطع الحضور، فاستخدم الرابط الموجود في رسالتك الأولى للإلغاء، حتى يتمكن الشخص التالي من الحضور.
focus-groups-email-promoted-action = اطّلع على الجلسة
focus-groups-email-footer = تصلك هذه الرسالة لأنك سجّلت في مجموعة نقاش مركّزة على Ponte.
focus-groups-poll-link = ساعد في اختيار التاريخ
focus-groups-poll-title = اختيار التاريخ
focus-groups-poll-thanks = شكرًا لك: احتُسبت إجاباتك.
focus-groups-poll-no-slots = لم تُقترح أي أوقات بعد.
focus-groups-poll-col-time = الوقت
focus-groups-answer-yes = نعم
focus-groups-answer-maybe = عند الضرورة
focus-groups-answer-no = لا
focus-groups-poll-answered = { $count ->
    [zero] لم يُجب أحد بعد.
    [one] أجاب شخص واحد.
    [two] أجاب شخصان.
    [few] أجاب { $count } أشخاص.
    [many] أجاب { $count } شخصًا.
   *[other] أجاب { $count } شخص.
}
focus-groups-poll-closed = تحدّد التاريخ، لذا أُغلق هذا الاستطلاع.
focus-groups-poll-see-session = اطّلع على الجلسة وسجّل فيها
focus-groups-poll-totals = الإجابات حتى الآن
focus-groups-poll-answer-heading = ما الأوقات التي تناسبك؟
focus-groups-poll-privacy = لا يرى اسمك بجانب إجاباتك إلا ميسّرو الخطة؛ أما الآخرون فيرون المجاميع فقط.
focus-groups-poll-email-hint = لتعرف الوقت الذي وقع عليه الاختيار. لن يُرسل إلى هذا العنوان أي شيء آخر.
focus-groups-poll-submit = أرسل إجاباتي
focus-groups-poll-voters = من أجاب بماذا
focus-groups-poll-voters-private = لا يرى هذا الجدول إلا ميسّرو الخطة.
focus-groups-poll-pick-heading = تثبيت موعد الجلسة
focus-groups-poll-pick = ثبّت الموعد في { $date }
focus-groups-poll-add-heading = اقتراح وقت
focus-groups-start-zone = الأوقات بحسب المنطقة الزمنية للخطة.
focus-groups-poll-add-submit = أضف هذا الوقت
focus-groups-email-fixed-subject = تحدّد التاريخ: { $topic }
focus-groups-email-fixed-intro = مرحبًا { $name }، شكرًا لك على الإجابة عن الاستطلاع. ستُعقد مجموعة النقاش المركّزة «{ $topic }» في هذا الموعد:
focus-groups-email-fixed-next = المقاعد محدودة: سجّل من صفحة الجلسة إن كنت ترغب في الحضور.
focus-groups-email-fixed-action = سجّل في الجلسة
focus-groups-email-poll-footer = تصلك هذه الرسالة لأنك أجبت عن استطلاع لاختيار التاريخ على Ponte وتركت عنوانك لتعرف النتيجة.
focus-groups-email-reminder-48h-subject = بعد يومين: { $topic }
focus-groups-email-reminder-48h-intro = مرحبًا { $name }، نذكّرك بأن مجموعة النقاش المركّزة «{ $topic }» ستُعقد بعد يومين.
focus-groups-email-reminder-48h-next = إذا تبيّن أنك لا تستطيع الحضور، فألغِ تسجيلك من الرابط الموجود في رسالة التأكيد، حتى يتمكن شخص من قائمة الانتظار من أخذ مقعدك.
focus-groups-email-reminder-48h-action = اطّلع على الجلسة
focus-groups-email-reminder-2h-subject = بعد ساعتين: { $topic }
focus-groups-email-reminder-2h-intro = مرحبًا { $name }، تبدأ مجموعة النقاش المركّزة «{ $topic }» بعد ساعتين. نتطلّع إلى رؤيتك.
focus-groups-email-reminder-2h-next = إذا احتجت إلى مساعدة في العثور على المكان، فتواصل مع الميسّرين المذكورين في صفحة الجلسة.
focus-groups-email-reminder-2h-action = اطّلع على الجلسة
focus-groups-email-cancelled-subject = أُلغي التسجيل: { $topic }
focus-groups-email-cancelled-intro = مرحبًا { $name }، أُلغي تسجيلك في مجموعة النقاش المركّزة «{ $topic }» كما طلبت.
focus-groups-email-cancelled-next = ينتقل مقعدك إلى الشخص التالي في قائمة الانتظار، وقد حُذفت بيانات التواصل الخاصة بك واحتياجاتك. يمكنك التسجيل من جديد ما دامت هناك مقاعد متاحة.
focus-groups-email-cancelled-action = اطّلع على الجلسة
focus-groups-came = { $count ->
    [zero] لم يشارك أحد.
    [one] شارك شخص واحد.
    [two] شارك شخصان.
    [few] شارك { $count } أشخاص.
    [many] شارك { $count } شخصًا.
   *[other] شارك { $count } شخص.
}
focus-groups-attendance-title = كشف الحضور
focus-groups-attendance-count = وصل { $taken } من أصل { $capacity }
focus-groups-attendance-caption = المشاركون المؤكَّدون
focus-groups-attendance-col-here = الحضور
focus-groups-attendance-legend = الاحتياجات: I:xx مترجم فوري إلى اللغة xx؛ C2 طفلان في ركن رعاية الأطفال؛ A احتياجات إمكانية الوصول؛ D أطعمة يجب تجنّبها.
focus-groups-attendance-here = حاضر
focus-groups-attendance-arrived-short = وصل
focus-groups-attendance-undo-short = تراجع
focus-groups-change-heading = تعديل الجلسة
focus-groups-change-hint = يُبلَّغ جميع المسجّلين بالبريد الإلكتروني، ويتلقى أصحاب المقاعد دعوة التقويم المحدَّثة.
focus-groups-change-submit = احفظ وأبلغ الجميع
focus-groups-call-off-heading = إلغاء الجلسة
focus-groups-call-off-hint = يُبلَّغ جميع المسجّلين بالبريد الإلكتروني، وتُزال الدعوة من تقاويمهم. لا يمكن التراجع عن ذلك.
focus-groups-call-off-submit = ألغِ الجلسة
focus-groups-email-changed-subject = تغيّرت الجلسة: { $topic }
focus-groups-email-changed-intro = مرحبًا { $name }، طرأ تغيير على مجموعة النقاش المركّزة «{ $topic }». هذا موعدها ومكانها الجديدان:
focus-groups-email-changed-next = إذا لم تعد تستطيع الحضور، فألغِ تسجيلك من الرابط الموجود في رسالتك الأولى، حتى يتمكن شخص آخر من أخذ مقعدك.
focus-groups-email-changed-action = اطّلع على الجلسة
focus-groups-email-called-off-subject = أُلغيت: { $topic }
focus-groups-email-called-off-intro = مرحبًا { $name }، نأسف لإبلاغك بأن مجموعة النقاش المركّزة «{ $topic }» قد أُلغيت.
focus-groups-email-called-off-next = ستُحذف بيانات التواصل الخاصة بك واحتياجاتك خلال 30 يومًا. سنُبلغ الجميع إذا نُظّمت جلسة جديدة.
focus-groups-email-called-off-action = اطّلع على مجموعة النقاش
## المحضر والخلاصات، بعد الجلسة.
focus-groups-findings-title = المحضر والخلاصات
focus-groups-findings-draft = لم يُنشر بعد: لا يرى هذه الصفحة إلا ميسّرو الخطة.
focus-groups-minutes-heading = المحضر
focus-groups-minutes-none = لم يُكتب المحضر بعد.
focus-groups-findings-heading = الخلاصات
focus-groups-findings-none = لم تُكتب أي خلاصات بعد.
focus-groups-findings-print-heading = اقرأ هذا الملخّص أو اطبعه بلغة أخرى
focus-groups-findings-print-hint = اطبعه من متصفّحك لتسلّمه إلى المشاركين: لا تظهر النماذج في الصفحة المطبوعة.
focus-groups-finding-tags = المجالات والإجراءات
focus-groups-findings-manage-heading = الكتابة والنشر
focus-groups-findings-anonymised = تبقى الملاحظات مجهولة الهوية: لا أسماء ولا أرقام هواتف ولا تفاصيل تكشف من قال ماذا. ينبّهك Ponte عندما يحتوي نص على اسم أو رقم هاتف شخص سجّل في الجلسة.
focus-groups-findings-publication-heading = النشر
focus-groups-findings-state-published = منشور: يستطيع الجميع قراءة هذا الملخّص، وتظهر الخلاصات في صفحة الخطة وفي صفحات الإجراءات المرتبطة بها.
focus-groups-findings-state-draft = لم يُنشر بعد.
focus-groups-findings-state-not-held = غير منشور: يمكن نشر المحضر والخلاصات بعد انعقاد الجلسة.
focus-groups-findings-publish = انشر المحضر والخلاصات
focus-groups-findings-withdraw = أخفِها عن العامة
focus-groups-minutes-form-heading = اكتب المحضر
focus-groups-minutes-hint = السطر الفارغ يبدأ فقرة جديدة؛ ويمكن استخدام **الخط العريض** و *الخط المائل* والقوائم التي تبدأ بـ "- ". للترجمة، اختر لغة أخرى واكتب المحضر بها؛ وحفظ نص فارغ يحذف تلك اللغة.
focus-groups-written-in = لغة الكتابة: { $languages }
focus-groups-field-written-in = لغة النص
focus-groups-names-nobody = لا يذكر أي مشارك (الكلام عن شيء آخر)
focus-groups-minutes-submit = احفظ المحضر
focus-groups-finding-add-heading = أضف خلاصة
focus-groups-finding-statement = الخلاصة
focus-groups-finding-statement-hint = جملة قصيرة واحدة عمّا قالته المجموعة، 600 حرف على الأكثر.
focus-groups-finding-areas = مجالات العمل
focus-groups-finding-measures = الإجراءات المقترحة
focus-groups-finding-add-submit = أضف الخلاصة
focus-groups-finding-translate = ترجم أو صحّح
focus-groups-finding-translate-submit = احفظ
focus-groups-finding-remove = أزل هذه الخلاصة
focus-groups-finding-remove-warning = ستُزال الخلاصة وروابطها بالإجراءات بوصفها سببًا لها.
focus-groups-finding-remove-submit = أزل
focus-groups-findings-on-plan = ما توصّلت إليه مجموعات النقاش المركّزة
focus-groups-findings-about-measure = ما توصّلت إليه مجموعات النقاش المركّزة بشأن هذا الإجراء
focus-groups-findings-all = كل مجموعات النقاش المركّزة
focus-groups-finding-from = من مجموعة النقاش المركّزة
