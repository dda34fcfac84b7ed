# المنتدى: مواضيع الخطة ومشاركاتها، وأقسامه، وخلاصاته.
forum-title = المنتدى
forum-intro = تحدّث عن الخطة مع غيرك من السكان والجمعيات والبلدية. يقرأ الميسّرون كل موضوع؛ وعندما يُحسم النقاش يكتبون خلاصته، ويمكن أن تصبح سببًا لإجراء من الإجراءات.
forum-categories-label = أقسام المنتدى
forum-category-all = كل المواضيع
forum-category-general = عام
forum-threads-none = لا توجد مواضيع هنا بعد.
forum-pages-label = صفحات المنتدى
forum-posts-count = { $count ->
    [zero] { $count } مشاركة
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $count } مشاركات
    [many] { $count } مشاركةً
   *[other] { $count } مشاركة
}
forum-last-post = آخر مشاركة في { $date }
forum-badge-pinned = مثبّت
forum-badge-locked = مقفل
forum-badge-closed = مغلق بخلاصة
forum-thread-placeholder-hidden = موضوع مخفي إلى أن يراجعه أحد المشرفين
forum-thread-placeholder-removed = موضوع أزاله أحد المشرفين
forum-thread-placeholder-deleted = موضوع حذفه كاتبه
forum-sign-in = سجّل الدخول لتفتح موضوعًا أو لتردّ.
forum-sign-in-reply = سجّل الدخول لتردّ.
forum-new-thread = افتح موضوعًا
forum-form-category = القسم
forum-form-measures = الإجراءات المقترحة التي يتناولها هذا الموضوع (اختياري)
forum-form-measures-hint = اختر ما لا يزيد على { $max } من الإجراءات.
forum-form-title = العنوان
forum-form-body = رسالتك
forum-form-body-hint = يمكنك استخدام Markdown: **خط عريض** و *خط مائل* والقوائم والروابط و > الاقتباسات.
forum-form-lang = اللغة التي تكتب بها
forum-form-open = افتح الموضوع
forum-thread-measures = عن هذه الإجراءات:
forum-kept = تمّ: حُدّثت حالة الموضوع.
forum-post-number = رقم { $number }
forum-edited = معدّلة
forum-in-reply-to = ردًّا على المشاركة رقم { $number }
forum-post-placeholder-hidden = هذه المشاركة مخفية إلى أن يراجعها أحد المشرفين.
forum-post-placeholder-removed = أزال أحد المشرفين هذه المشاركة.
forum-post-placeholder-deleted = حذف كاتبها هذه المشاركة.
forum-moderation-log = سجل الإشراف
forum-quote = اقتبس
forum-edit = عدّل
forum-edit-label = مشاركتك
forum-edit-hint = سيرى الآخرون أن المشاركة عُدّلت، ويمكن للمشرفين قراءة النص السابق.
forum-edit-submit = احفظ المشاركة
forum-delete = احذف مشاركتي
forum-delete-confirm = سيختفي نصها نهائيًا، ويبقى رقمها حتى تظل الردود مفهومة.
forum-delete-submit = احذف
forum-reply = ردّ
forum-quoting = ردّك يقتبس المشاركة رقم { $number }.
forum-reply-submit = أرسل الرد
forum-locked-notice = هذا الموضوع مقفل: لا يقبل مزيدًا من الردود.
forum-closed-notice = هذا الموضوع مغلق: خلاصته مكتوبة أعلاه.
forum-keep = التثبيت أو القفل
forum-keep-pin = ثبّت في الأعلى
forum-keep-unpin = ألغِ التثبيت
forum-keep-lock = اقفل (دون ردود أخرى)
forum-keep-unlock = افتح القفل
forum-outcome-heading = الخلاصة
forum-outcome-on = كُتبت في { $date }
forum-close = أغلق بخلاصة
forum-close-hint = لخّص ما حسمه النقاش وما ستفعله البلدية به. الإغلاق يقفل الموضوع، ويمكن بعد ذلك ربط الخلاصة بالإجراءات بوصفها سببًا لها.
forum-outcome-lang = لغة الخلاصة
forum-outcome-label = الخلاصة
forum-close-submit = أغلق الموضوع
forum-outcome-translate = اكتب الخلاصة بلغة أخرى، أو صحّحها
forum-outcome-save = احفظ الخلاصة
forum-outcome-written-in = لغة الكتابة: { $languages }
forum-history-link = النصوص السابقة
forum-history-title = النصوص السابقة للمشاركة رقم { $number }
forum-history-back = العودة إلى المشاركة
forum-history-current = نصها الحالي
forum-history-earlier = النصوص السابقة، الأحدث أولًا
forum-history-none = لم تُعدَّل هذه المشاركة قط.
forum-history-replaced = استُبدل في { $when }
forum-search-label = ابحث في المنتدى
forum-search-submit = ابحث
forum-search-title = البحث في المنتدى
forum-search-title-hit = في عنوان الموضوع
forum-search-found = { $count ->
    [0] لم يُعثر على شيء.
    [zero] لم يُعثر على أي مشاركة.
    [one] عُثر على مشاركة واحدة.
    [two] عُثر على مشاركتين.
    [few] عُثر على { $count } مشاركات.
    [many] عُثر على { $count } مشاركةً.
   *[other] عُثر على { $count } مشاركة.
}
forum-search-found-more = النتائج أكثر من { $count }: تُعرض أحدثها. أضف كلمة أخرى لتضييق نطاق البحث.
forum-follow-heading = تابِع هذا الموضوع
forum-following-none = أنت لا تتابع هذا الموضوع.
forum-following-instant = تصلك رسالة عن كل مشاركة جديدة.
forum-following-daily = تصلك رسالة واحدة في اليوم عندما توجد مشاركات جديدة.
forum-follow-instant = أرسل إليّ كل مشاركة جديدة بالبريد الإلكتروني
forum-follow-daily = أرسل إليّ ملخصًا يوميًا
forum-follow-stop = أوقف المتابعة
forum-followed = تمّ: حُفظت طريقة متابعتك لهذا الموضوع.
forum-email-reply-subject = ردّ جديد في «{ $title }»
forum-email-reply-intro = ردّ أحدهم في موضوع المنتدى «{ $title }» (المشاركة رقم { $number }).
forum-email-reply-action = اقرأ الرد
forum-email-digest-subject = { $count ->
    [zero] مشاركات جديدة في { $count } موضوع تتابعه في المنتدى
    [one] مشاركات جديدة في موضوع تتابعه في المنتدى
    [two] مشاركات جديدة في موضوعين تتابعهما في المنتدى
    [few] مشاركات جديدة في { $count } مواضيع تتابعها في المنتدى
    [many] مشاركات جديدة في { $count } موضوعًا تتابعها في المنتدى
   *[other] مشاركات جديدة في { $count } موضوع تتابعها في المنتدى
}
forum-email-digest-intro = منذ آخر ملخص وصلك، توجد مشاركات جديدة في المواضيع التي تتابعها:
forum-email-digest-thread = «{ $title }» — مشاركات جديدة: { $count }، اقرأها بدءًا من { $url }
forum-email-footer = تصلك هذه الرسالة لأنك تتابع موضوعًا في أحد منتديات Ponte. لإيقاف هذه الرسائل، افتح { $url }
