## قسم الخطط: الخطط والمجالات والجهات والإجراءات المقترحة.

plans-home-title = خطط إدماج المهاجرين
plans-home-intro = تُعِدّ البلديات خططها لإدماج المهاجرين مع الناس الذين يعيشون فيها. اقرأ الإجراءات المقترحة، وتعرّف على الجهات المشاركة.
plans-home-empty = لم تُنشر أي خطة هنا بعد.

plans-kind-municipal = خطة بلدية
plans-kind-intermunicipal = خطة مشتركة بين عدة بلديات

plans-status-drafting = قيد الإعداد
plans-status-drafting-explained = تكتب البلدية مسودة الخطة. قد تتغير الإجراءات المقترحة كثيرًا.
plans-status-consultation = استشارة عامة مفتوحة
plans-status-consultation-explained = مسودة الخطة متاحة ليقرأها الجميع. آراء السكان والمهاجرين والجمعيات تُستخدم لتحسين الإجراءات.
plans-status-approved = معتمدة
plans-status-approved-explained = اعتمدت الهيئات البلدية الخطة، وسيبدأ تنفيذها الآن.
plans-status-monitoring = قيد التنفيذ
plans-status-monitoring-explained = يجري تنفيذ إجراءات الخطة ومتابعتها.

plans-field-status = المرحلة
plans-field-kind = نوع الخطة
plans-field-promoter = بمبادرة من
plans-field-period = المدة
plans-municipalities-heading = البلديات
plans-municipality = البلدية
plans-residents = السكان
plans-foreign-residents = السكان الأجانب

plans-next-heading = ماذا يمكنك أن تفعل الآن
plans-next-measures = اقرأ الإجراءات المقترحة حسب المجال
plans-overview-measures = { $measures ->
    [zero] لا توجد إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $measures } إجراءات
    [many] { $measures } إجراءً
   *[other] { $measures } إجراء
} في { $areas ->
    [zero] أي مجال
    [one] مجال واحد
    [two] مجالين
    [few] { $areas } مجالات
    [many] { $areas } مجالًا
   *[other] { $areas } مجال
}، { $core ->
    [zero] وليس بينها إجراء أساسي (المستوى 1)
    [one] منها إجراء أساسي واحد (المستوى 1)
    [two] منها إجراءان أساسيان (المستوى 1)
    [few] منها { $core } إجراءات أساسية (المستوى 1)
    [many] منها { $core } إجراءً أساسيًا (المستوى 1)
   *[other] منها { $core } إجراء أساسي (المستوى 1)
}
plans-next-entities = تعرّف على الخدمات والجهات المحلية
plans-next-surveys = أجب على الاستبيانات واطّلع على نتائجها
plans-entity-count = { $count ->
    [zero] لا توجد أي جهة
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهةً
   *[other] { $count } جهة
}

plans-levels-heading = ماذا يعني المستوى 1 والمستوى 2؟
plans-level-1-badge = المستوى 1 · أساسي
plans-level-2-badge = المستوى 2
plans-level-1-explained = إجراءات المستوى 1 هي أساس الخطة. تضمن البلديات تنفيذها.
plans-level-2-explained = إجراءات المستوى 2 مُخطط لها أيضًا، لكن تنفيذها يعتمد على توفر المال والشركاء.

plans-areas-title = المجالات والإجراءات
plans-areas-intro = الخطة مقسّمة إلى مجالات عمل. اختر مجالًا لترى إجراءاته المقترحة.
plans-area-no-measures = لا توجد إجراءات مقترحة في هذا المجال بعد.
plans-area-counts = { $measures ->
    [zero] لا توجد إجراءات مقترحة
    [one] إجراء مقترح واحد
    [two] إجراءان مقترحان
    [few] { $measures } إجراءات مقترحة
    [many] { $measures } إجراءً مقترحًا
   *[other] { $measures } إجراء مقترح
}، { $core ->
    [zero] وليس بينها إجراء أساسي
    [one] منها إجراء أساسي واحد
    [two] منها إجراءان أساسيان
    [few] منها { $core } إجراءات أساسية
    [many] منها { $core } إجراءً أساسيًا
   *[other] منها { $core } إجراء أساسي
}
plans-area-measures-heading = الإجراءات المقترحة

plans-measure-status-draft = مسودة
plans-measure-status-revised = مسودة معدّلة
plans-measure-status-final = الصيغة النهائية
plans-measure-summary = باختصار
plans-measure-description = ما الذي سيتم عمله
plans-measure-objectives = الأهداف
plans-measure-indicators = كيف سيُقاس التقدم
plans-measure-indicator = المؤشر
plans-measure-target = القيمة المستهدفة
plans-measure-timeline = متى
plans-measure-responsible = الجهة المسؤولة
plans-measure-partners = الشركاء
plans-measure-no-partners = لم يُذكر أي شريك بعد.
plans-measure-area = المجال

plans-entities-title = الخدمات والجهات المحلية
plans-entities-intro = هذه هي الجهات التي حددها التشخيص المحلي: الخدمات العامة، والمدارس، والمراكز الصحية، والجمعيات، وغيرها. ونذكر أيضًا المساعدة التي تقدمها كل جهة.
plans-entities-all = كل الجهات
plans-entities-in-area = الجهات العاملة في مجال: { $area }
plans-entities-filter-label = مجال العمل
plans-entities-filter-all = كل المجالات
plans-entities-filter-apply = عرض
plans-entity-services = الخدمات
plans-entity-areas = مجالات العمل

plans-entity-kind-municipality = بلدية
plans-entity-kind-intermunicipal = هيئة مشتركة بين عدة بلديات
plans-entity-kind-claim = مركز محلي لدعم المهاجرين (CLAIM)
plans-entity-kind-association = جمعية
plans-entity-kind-school = مدرسة
plans-entity-kind-health_unit = مركز صحي
plans-entity-kind-employer = صاحب عمل
plans-entity-kind-employment_service = مكتب التوظيف
plans-entity-kind-ngo = منظمة غير حكومية
plans-entity-kind-parish = المجلس المحلي للحي (Junta de freguesia)
plans-entity-kind-media = وسائل الإعلام
plans-entity-kind-other = جهة أخرى
plans-timeline-heading = كيف تُعَدّ الخطة
plans-timeline-empty = لم تُحدَّد مواعيد هذه العملية بعد.
plans-timeline-working-days = { $count ->
    [zero] { $count } يوم عمل
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
}
plans-timeline-done = انتهت
plans-timeline-now = جارية الآن
plans-timeline-later = لم تبدأ بعد
plans-timeline-saved = تم حفظ الجدول الزمني.
plans-timeline-add = أضف مرحلة
plans-timeline-kind = المرحلة
plans-timeline-starts = اليوم الأول
plans-timeline-ends = اليوم الأخير
plans-timeline-or-days = أو مدتها بأيام العمل
plans-timeline-days-hint = تُحسب الأيام كما تُحسب المواعيد الإدارية: لا تُحتسب عطلة نهاية الأسبوع (السبت والأحد) ولا العطل الرسمية الوطنية. اترك خانة اليوم الأخير فارغة لاستخدام هذه المدة.
plans-timeline-add-submit = أضف المرحلة
plans-timeline-remove = أزل هذه المرحلة
plans-phase-diagnosis = التشخيص المحلي
plans-phase-surveys = الاستبيانات
plans-phase-focus-groups = مجموعات النقاش المركّزة
plans-phase-information-sessions = جلسات إعلامية
plans-phase-consultation = الاستشارة العامة حول مسودة الخطة
plans-phase-forum = المنتدى
plans-phase-approval = الاعتماد
plans-phase-monitoring = المتابعة
plans-activity-title = سجل النشاط
plans-activity-link = ما الذي تغيّر في هذه الخطة ومَن أجرى التغيير (سجل النشاط)
plans-activity-intro = كل تغيير أُجري على هذه الخطة واستبياناتها والإجابات عنها وأسباب إجراءاتها، من الأحدث إلى الأقدم. لا يرى هذه الصفحة إلا ميسّرو الخطة ومديرو المنصة.
plans-activity-times = الأوقات المعروضة بالتوقيت المحلي للخطة: { $zone }.
plans-activity-none = لم يُغيَّر أي شيء بعد.
plans-activity-someone = حساب محذوف، أو سطر أوامر الخادم
plans-activity-col-when = متى
plans-activity-col-who = مَن
plans-activity-col-what = ماذا
plans-activity-col-about = بخصوص
plans-activity-pages-label = صفحات سجل النشاط
plans-activity-account-deleted = حذف حساب
plans-activity-evidence-linked = ربط نتيجة بإجراء بوصفها سببًا له
plans-activity-evidence-rationale-changed = تعديل شرح سبب أهمية نتيجة لإجراء
plans-activity-evidence-unlinked = إزالة ربط نتيجة بإجراء
plans-activity-plan-phase-added = إضافة مرحلة إلى الجدول الزمني
plans-activity-plan-phase-removed = إزالة مرحلة من الجدول الزمني
plans-activity-role-granted = منح دور
plans-activity-role-revoked = إزالة دور
plans-activity-survey-codes-created = إنشاء رموز للاستخدام مرة واحدة
plans-activity-survey-created = إنشاء استبيان
plans-activity-survey-published = نشر استبيان
plans-activity-survey-unpublished = إرجاع استبيان إلى مسودة
plans-activity-survey-question-added = إضافة سؤال
plans-activity-survey-question-changed = تعديل سؤال
plans-activity-survey-question-deleted = حذف سؤال
plans-activity-survey-question-moved = نقل سؤال
plans-activity-survey-section-added = إضافة جزء
plans-activity-survey-section-renamed = تغيير عنوان جزء
plans-activity-survey-settings-changed = تعديل إعدادات استبيان
plans-activity-survey-text-hidden = إخفاء إجابة مكتوبة من النتائج
plans-activity-survey-text-shown = إظهار إجابة مكتوبة مرة أخرى
plans-activity-survey-response-corrected = تصحيح إجابة
plans-activity-survey-response-withdrawn = سحب إجابة
plans-new-title = إنشاء خطة
plans-new-intro = تبدأ الخطة الجديدة في مرحلة الإعداد، وتُكتب بلغة واحدة، وفيها مجالات العمل الستة عشر للخطة البلدية لإدماج المهاجرين. عيّن ميسّري الخطة في صفحة «الأشخاص والأدوار»؛ وهم يكتبون الباقي.
plans-new-title-label = عنوان الخطة
plans-new-slug-hint = الجزء الأخير من رابط الخطة: من 3 إلى 60 حرفًا، أحرف لاتينية صغيرة a–z وأرقام وشرطات، مثل lisboa-2026.
plans-new-municipalities-hint = بلدية واحدة للخطة البلدية، وبلديتان أو أكثر للخطة المشتركة بين عدة بلديات. اضغط باستمرار على Ctrl (أو Cmd) لاختيار أكثر من بلدية.
plans-new-lang-label = اللغة الأصلية للخطة
plans-new-start = اليوم الأول من مدة الخطة
plans-new-end = اليوم الأخير من مدة الخطة
plans-new-submit = أنشئ الخطة
plans-created = تم إنشاء الخطة. عيّن ميسّريها في صفحة «الأشخاص والأدوار».
plans-activity-plan-created = إنشاء الخطة
plans-home-search-label = ابحث عن خطة
plans-home-query = البلدية
plans-home-district = المقاطعة أو المنطقة ذاتية الحكم
plans-home-all-districts = الكل
plans-home-none-match = لا توجد خطة تطابق هذا البحث.
plans-home-open-surveys = { $count ->
    [zero] لا توجد استبيانات مفتوحة الآن.
    [one] استبيان واحد مفتوح الآن.
    [two] استبيانان مفتوحان الآن.
    [few] { $count } استبيانات مفتوحة الآن.
    [many] { $count } استبيانًا مفتوحًا الآن.
   *[other] { $count } استبيان مفتوح الآن.
}
plans-edit-title = تعديل الخطة
plans-edit-saved = تم الحفظ.
plans-edit-languages = لغة النصوص
plans-edit-not-offered = (غير متاحة بعد: تصبح من لغات الخطة عند إضافة عنوان بها)
plans-edit-summary = الملخص
plans-edit-submit = حفظ
plans-activity-plan-changed = تعديل نصوص الخطة أو مرحلتها أو مدتها
plans-activity-plan-measure-drafted = إضافة إجراء إلى المسودة
plans-activity-plan-measure-changed = تعديل إجراء في المسودة
plans-activity-plan-measure-draft-deleted = حذف إجراء من المسودة
plans-activity-plan-version-published = نشر إصدار من المسودة
plans-measure-version = الإصدار { $number } من المسودة، نُشر في { $date }.
plans-measure-changes-link = ما الذي تغيّر
plans-versions-link = جميع إصدارات المسودة
plans-version-published = الإصدار { $number } بتاريخ { $date }
plans-draft-title = إجراءات المسودة
plans-draft-intro = اكتب إجراءات الخطة وراجعها هنا. لا يرى أحد غيرك تعديلاتك حتى تنشر إصدارًا جديدًا من المسودة، وتبقى الإصدارات السابقة متاحة للقراءة مع ما تغيّر فيها.
plans-draft-published = نُشر الإصدار { $number }: تعرضه الصفحات العامة الآن.
plans-draft-deleted = حُذف الإجراء من المسودة.
plans-draft-none-published = لم يُنشر أي إصدار من المسودة بعد.
plans-draft-missing = { $count ->
    [zero] لا توجد نصوص بحاجة إلى ترجمة
    [one] بقي نص واحد بحاجة إلى ترجمة
    [two] بقي نصّان بحاجة إلى ترجمة
    [few] بقيت { $count } نصوص بحاجة إلى ترجمة
    [many] بقي { $count } نصًا بحاجة إلى ترجمة
   *[other] بقي { $count } نص بحاجة إلى ترجمة
}
plans-draft-list = إجراءات مسودة الخطة
plans-draft-empty = لا توجد إجراءات بعد: أضف أول إجراء أدناه.
plans-draft-col-code = الرمز
plans-draft-col-measure = الإجراء
plans-draft-col-area = المجال
plans-draft-col-level = المستوى
plans-draft-col-state = الحالة
plans-draft-state-new = لم يُنشر بعد
plans-draft-state-changed = تغيّر منذ آخر إصدار
plans-draft-state-published = كما نُشر
plans-draft-new = إجراء جديد
plans-draft-new-title = العنوان، باللغة الأصلية للخطة
plans-draft-code = الرمز
plans-draft-code-hint = اتركه فارغًا للحصول على الرمز التالي، مثل { $example }.
plans-draft-new-submit = أضف الإجراء
plans-draft-publish = انشر الإصدار { $number }
plans-draft-unpublished = { $count ->
    [zero] لا توجد إجراءات جديدة أو معدّلة منذ آخر إصدار.
    [one] إجراء واحد جديد أو معدّل منذ آخر إصدار.
    [two] إجراءان جديدان أو معدّلان منذ آخر إصدار.
    [few] { $count } إجراءات جديدة أو معدّلة منذ آخر إصدار.
    [many] { $count } إجراءً جديدًا أو معدّلًا منذ آخر إصدار.
   *[other] { $count } إجراء جديد أو معدّل منذ آخر إصدار.
}
plans-draft-note = ما الذي تغيّر (ملاحظة التغيير)
plans-draft-note-hint = يقرؤها الجميع في قائمة الإصدارات.
plans-draft-publish-submit = انشر هذا الإصدار
plans-draft-edit-title = تعديل الإجراء { $code }
plans-draft-see-public = اقرأ الإجراء المنشور
plans-draft-source = النص ({ $language }):
plans-draft-shared = في جميع اللغات
plans-draft-texts-in = النصوص ({ $language })
plans-draft-starts = يبدأ في
plans-draft-ends = ينتهي في
plans-draft-no-entity = لا توجد بعد
plans-draft-objective = الهدف { $number }
plans-draft-objective-new = هدف جديد
plans-draft-indicator = المؤشر { $number }
plans-draft-indicator-new = مؤشر جديد
plans-draft-indicator-new-target = القيمة المستهدفة للمؤشر الجديد
plans-draft-remove-item = أزل
plans-draft-delete = احذف هذا الإجراء من المسودة
plans-draft-delete-explained = لم يُنشر هذا الإجراء قط، لذلك لم يقرأه أحد غيرك. لا يمكن التراجع عن الحذف.
plans-draft-delete-confirm = نعم، احذفه
plans-versions-title = إصدارات المسودة
plans-versions-intro = حفظ كل إصدار جميع الإجراءات كما كانت مكتوبة حينها. افتح إصدارًا لقراءته، أو تغييرات إجراء ما لترى ما أُعيدت صياغته وما أُضيف وما حُذف.
plans-version-measures = { $count ->
    [zero] لا توجد إجراءات في هذا الإصدار
    [one] اقرأ الإجراء الوحيد في هذا الإصدار
    [two] اقرأ الإجراءين في هذا الإصدار
    [few] اقرأ الإجراءات الـ{ $count } في هذا الإصدار
    [many] اقرأ الإجراءات الـ{ $count } في هذا الإصدار
   *[other] اقرأ الإجراءات الـ{ $count } في هذا الإصدار
}
plans-version-added = جديد في هذا الإصدار
plans-version-changed = معدّل في هذا الإصدار
plans-version-older = هذا إصدار سابق: تغيّرت الخطة منذ ذلك الحين.
plans-version-read-current = اقرأ الإصدار الحالي
plans-version-changes-from = ما الذي تغيّر منذ الإصدار { $number }
plans-version-number = الإصدار { $number }
plans-diff-title = التغييرات على { $code }
plans-diff-only-one = لهذا الإجراء إصدار واحد فقط حتى الآن.
plans-diff-between = من الإصدار { $from } إلى الإصدار { $to }. الكلمات المحذوفة مشطوبة، والكلمات المضافة تحتها خط.
plans-diff-none = لم يتغيّر شيء بين هذين الإصدارين.
plans-diff-unchanged = دون تغيير:
plans-diff-removed = حُذف:
plans-diff-added = أُضيف:
plans-diff-choose = اختر الإصدارين اللذين تريد مقارنتهما
plans-diff-from = من
plans-diff-to = إلى
plans-diff-compare = قارن
plans-diff-field-code = الرمز
plans-diff-field-area = المجال
plans-diff-field-level = المستوى
plans-diff-field-title = العنوان
plans-diff-field-summary = الملخص
plans-diff-field-description = الوصف
plans-diff-field-objectives = الأهداف
plans-diff-field-indicators = المؤشرات والقيم المستهدفة
plans-diff-field-timeline = الجدول الزمني
plans-diff-field-dates = التواريخ
plans-diff-field-responsible = الجهة المسؤولة
plans-diff-field-partners = الجهات الشريكة
plans-activity-plan-entity-added = إضافة جهة إلى التشخيص
plans-activity-plan-entity-changed = تعديل جهة في التشخيص
plans-activity-plan-entity-removed = حذف جهة من التشخيص
plans-activity-plan-entities-imported = استيراد جهات من جدول بيانات
plans-diagnosis-title = التشخيص المحلي: الجهات
plans-diagnosis-intro = الخدمات والجمعيات والجهات الأخرى التي تعمل مع المهاجرين هنا. تذكرها إجراءات المسودة بوصفها جهات مسؤولة أو شريكة.
plans-diagnosis-public-link = اطّلع على الدليل العام
plans-diagnosis-list = جهات الخطة
plans-diagnosis-empty = لا توجد جهات بعد: أضفها واحدة تلو الأخرى أو استورد جدول بيانات.
plans-diagnosis-col-name = الاسم
plans-diagnosis-col-kind = النوع
plans-diagnosis-col-municipality = البلدية
plans-diagnosis-col-used = مذكورة في
plans-diagnosis-col-line = السطر
plans-diagnosis-col-areas = المجالات
plans-diagnosis-col-state = المشكلات
plans-diagnosis-used = { $count ->
    [zero] لا يوجد أي إجراء في المسودة
    [one] إجراء واحد في المسودة
    [two] إجراءان في المسودة
    [few] { $count } إجراءات في المسودة
    [many] { $count } إجراءً في المسودة
   *[other] { $count } إجراء في المسودة
}
plans-diagnosis-imported = { $count ->
    [zero] لم تُستورد أي جهة
    [one] استُوردت جهة واحدة
    [two] استُوردت جهتان
    [few] استُوردت { $count } جهات
    [many] استُوردت { $count } جهةً
   *[other] استُوردت { $count } جهة
} (استُبعدت الصفوف التي فيها مشكلات، وعددها { $skipped }).
plans-diagnosis-removed = حُذفت الجهة.
plans-diagnosis-add = أضف جهة
plans-diagnosis-name = الاسم
plans-diagnosis-add-submit = أضف الجهة
plans-diagnosis-import = استورد من جدول بيانات
plans-diagnosis-import-intro = ارفع ملف CSV (في Excel: «حفظ باسم»، ثم «CSV UTF-8» أو «CSV (مفصول بفواصل منقوطة)»). سترى كل الصفوف قبل حفظ أي شيء.
plans-diagnosis-import-columns = يحمل الصف الأول أسماء الأعمدة: Nome (إلزامي)، Tipo، Concelho، Áreas، Serviços، Descrição، Site، Email، Telefone، Morada. افصل بين عدة مجالات أو خدمات بالعلامة |.
plans-diagnosis-import-file = ملف CSV (بحد أقصى 1 MB)
plans-diagnosis-import-submit = ارفع الملف واعرض المعاينة
plans-diagnosis-areas = مجالات العمل
plans-diagnosis-website = الموقع الإلكتروني
plans-diagnosis-email = عنوان البريد الإلكتروني العام
plans-diagnosis-phone = رقم الهاتف العام
plans-diagnosis-address = العنوان
plans-diagnosis-description = الوصف
plans-diagnosis-services-hint = خدمة واحدة في كل سطر.
plans-diagnosis-in-use = لا يمكن حذف هذه الجهة: تذكرها إجراءات في المسودة ({ $measures }).
plans-diagnosis-remove = احذف هذه الجهة
plans-diagnosis-remove-explained = ستُزال من التشخيص ومن الدليل العام. لا يمكن التراجع عن ذلك.
plans-diagnosis-preview-title = راجع الاستيراد
plans-diagnosis-preview-read = الملف { $file }، قُرئ بترميز { $encoding }، والأعمدة مفصولة بالعلامة «{ $separator }».
plans-diagnosis-preview-summary = { $count ->
    [zero] لا يوجد أي صف جاهز للاستيراد
    [one] صف واحد جاهز للاستيراد
    [two] صفان جاهزان للاستيراد
    [few] { $count } صفوف جاهزة للاستيراد
    [many] { $count } صفًا جاهزًا للاستيراد
   *[other] { $count } صف جاهز للاستيراد
}؛ وستُستبعد الصفوف التي فيها مشكلات ({ $skipped }). لا يُحفظ أي شيء حتى تؤكد.
plans-diagnosis-preview-ignored = أعمدة لم تُقرأ:
plans-diagnosis-preview-rows = صفوف الملف
plans-diagnosis-preview-ok = جاهز
plans-diagnosis-preview-confirm = { $count ->
    [zero] لا يوجد ما يُستورد
    [one] استورد جهة واحدة
    [two] استورد جهتين
    [few] استورد { $count } جهات
    [many] استورد { $count } جهةً
   *[other] استورد { $count } جهة
}
plans-diagnosis-preview-discard = تجاهل هذا الملف
plans-entity-website = الموقع الإلكتروني
plans-entity-email = البريد الإلكتروني
plans-entity-phone = الهاتف
plans-entity-address = العنوان
plans-status-diagnosis = التشخيص المحلي
plans-status-diagnosis-explained = تتعرّف البلدية على من يعيش هنا وعلى الخدمات الموجودة، من خلال استبيانات واجتماعات، قبل كتابة الإجراءات.
plans-field-time-zone = المنطقة الزمنية
plans-time-zone-mainland = البر الرئيسي للبرتغال (توقيت لشبونة)
plans-time-zone-madeira = ماديرا
plans-time-zone-azores = جزر الأزور
plans-field-contact = معلومات الاتصال
plans-edit-contact-email = عنوان البريد الإلكتروني العام للتواصل
plans-edit-contact-phone = رقم الهاتف العام للتواصل
plans-activity-plan-area-changed = إعادة تسمية مجال أو إخفاؤه أو إظهاره
plans-activity-plan-area-added = إضافة مجال
plans-activity-plan-area-moved = نقل مجال
plans-areas-edit-title = مجالات الخطة
plans-areas-edit-intro = تبدأ الخطة الجديدة بالمجالات الستة عشر لنموذج PMIM. أعد تسميتها، وأضف مجالاتك الخاصة، ورتّبها بالترتيب الذي تريده، وأخفِ ما لا تستخدمه الخطة منها.
plans-areas-edit-public = اعرض المجالات كما يراها الجمهور
plans-areas-edit-in-use = { $count ->
    [zero] عدد إجراءات المسودة في هذا المجال: { $count }.
    [one] عدد إجراءات المسودة في هذا المجال: { $count }.
    [two] عدد إجراءات المسودة في هذا المجال: { $count }.
    [few] في هذا المجال { $count } إجراءات من المسودة.
    [many] في هذا المجال { $count } إجراءً من المسودة.
   *[other] في هذا المجال { $count } إجراء من المسودة.
}
plans-areas-edit-hidden = إخفاء هذا المجال من الصفحات العامة
plans-areas-edit-up = نقل إلى الأعلى
plans-areas-edit-down = نقل إلى الأسفل
plans-areas-edit-add = أضف مجالًا
plans-areas-edit-add-submit = أضف المجال
plans-home-pages-label = صفحات قائمة الخطط
plans-holidays-heading = العطل البلدية
plans-holidays-intro = يمكن أن تكون لكل بلدية عطلتها الخاصة. تُعَدّ عطلة البلدية الأولى يومَ إغلاق عندما تحسب الخطة المواعيد بأيام العمل.
plans-holidays-submit = احفظ العطل
plans-holiday-label = العطلة البلدية
plans-holiday-none = لا توجد
plans-holiday-ascension = خميس الصعود (بعد عيد الفصح بـ 39 يومًا)
plans-holiday-date = في تاريخ محدد
plans-holiday-date-label = يوم العطلة وشهرها
plans-holiday-date-hint = فقط للعطلة التي تقع في تاريخ محدد: اليوم والشهر، مثل 13-06 ليوم 13 يونيو.
plans-next-consultations = الاستشارات العامة: علّق على المسودة
plans-activity-plan-holidays-changed = تغيير العطل البلدية
plans-activity-consultation-opened = فتح استشارة عامة
plans-activity-moderation-hidden = مساهمة أخفاها أحد المشرفين
plans-activity-moderation-removed = مساهمة أزالها أحد المشرفين
plans-activity-moderation-restored = مساهمة أعادها أحد المشرفين
plans-activity-consultation-comment-entered = إدخال تعليق وصل من خارج الموقع
plans-activity-consultation-input-answered = الرد على مساهمة في استشارة عامة
plans-activity-consultation-report-published = نشر تقرير استشارة عامة
plans-next-focus-groups = مجموعات النقاش المركّزة: سجّل في جلسة
plans-next-forum = المنتدى: تحدّث عن الخطة
plans-activity-focus-group-created = إنشاء مجموعة نقاش مركّزة
plans-activity-focus-group-registration-entered = تسجيل شخص في مجموعة نقاش مركّزة نيابةً عنه
plans-activity-focus-group-slot-proposed = وقت مقترح في استطلاع موعد مجموعة نقاش مركّزة
plans-activity-focus-group-time-fixed = تحديد تاريخ مجموعة نقاش مركّزة
plans-activity-focus-group-checked-in = تسجيل حضور مشارك في مجموعة نقاش مركّزة
plans-activity-focus-group-check-in-undone = التراجع عن تسجيل حضور في مجموعة نقاش مركّزة
plans-activity-focus-group-changed = تغيير موعد جلسة مجموعة نقاش مركّزة أو مكانها
plans-activity-focus-group-called-off = إلغاء جلسة مجموعة نقاش مركّزة
plans-activity-focus-group-minutes-saved = كتابة محضر مجموعة نقاش مركّزة أو تعديله
plans-activity-focus-group-finding-added = إضافة خلاصة إلى مجموعة نقاش مركّزة
plans-activity-focus-group-finding-changed = ترجمة خلاصة مجموعة نقاش مركّزة أو تصحيحها
plans-activity-focus-group-finding-removed = إزالة خلاصة من مجموعة نقاش مركّزة
plans-activity-focus-group-findings-published = نشر محضر مجموعة نقاش مركّزة وخلاصاتها
plans-activity-focus-group-findings-withdrawn = إخفاء محضر مجموعة نقاش مركّزة وخلاصاتها عن العامة
plans-activity-moderation-locked = موضوع في المنتدى أقفله أحد المشرفين
plans-activity-moderation-unlocked = موضوع في المنتدى فتح قفلَه أحد المشرفين
plans-activity-moderation-pinned = موضوع في المنتدى ثبّته أحد المشرفين
plans-activity-moderation-unpinned = موضوع في المنتدى ألغى تثبيته أحد المشرفين
plans-activity-moderation-closed = موضوع في المنتدى أُغلق بخلاصة
plans-activity-forum-outcome-written = كتابة خلاصة موضوع في المنتدى أو ترجمتها
plans-activity-plan-population-added = إضافة مجموعة إلى السكان المرجعيين
plans-activity-plan-population-changed = تعديل مجموعة من السكان المرجعيين
plans-activity-plan-population-removed = إزالة مجموعة من السكان المرجعيين
plans-activity-plan-indicator-figures-set = تحديد قيمة البداية والقيمة المستهدفة لمؤشر
plans-activity-plan-progress-reported = الإبلاغ عن تقدّم إجراء
plans-activity-plan-progress-removed = إزالة تقرير تقدّم
plans-draft-state-withdrawing = سيُسحب من الإصدار التالي
plans-draft-state-withdrawn = مسحوب
plans-draft-withdraw = اسحب هذا الإجراء
plans-draft-withdraw-explained = سيُستبعد هذا الإجراء من الإصدار التالي الذي تنشره. وتبقى صفحته عامة بآخر نص له والتعليقات والأدلة، ليرى الجميع ما آل إليه. ويمكنك إعادته ما دمت لم تنشر بعد.
plans-draft-withdraw-reason = سبب سحبه (اختياري؛ يظهر في صفحة الإجراء)
plans-draft-withdraw-confirm = اسحبه من الإصدار التالي
plans-draft-withdrawn-notice = سيُستبعد الإجراء من الإصدار التالي.
plans-draft-restored-notice = عاد الإجراء إلى الإصدار التالي.
plans-draft-restore-heading = إجراء مسحوب
plans-draft-restore-explained = هذا الإجراء مستبعد من الإصدار التالي، أو سبق أن استبعده إصدار منشور. إذا أعدته، فسيتضمّنه من جديد الإصدار التالي الذي تنشره.
plans-draft-restore = أعِده إلى الخطة
plans-version-withdrawn = مسحوب في هذا الإصدار
plans-measure-status-withdrawn = مسحوب
plans-measure-withdrawn = سحب الإصدار { $number } من المسودة هذا الإجراء من الخطة. ويبقى آخر نص له هنا، مع ما قاله الناس عنه.
plans-measure-withdrawn-reason = السبب:
plans-measure-withdrawn-last = اقرأه في آخر إصدار تضمّنه
plans-activity-plan-measure-withdrawn = سحب إجراء من الإصدار التالي
plans-activity-plan-measure-restored = إعادة إجراء مسحوب إلى الخطة
