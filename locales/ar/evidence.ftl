## قسم الأسباب: لماذا يوجد الإجراء، بناءً على ما قاله الناس خلال المشاركة.

evidence-heading = لماذا هذا الإجراء: ماذا قال الناس
evidence-none = لم تُربط بعد أي نتائج من المشاركة بهذا الإجراء.
evidence-unavailable = لا يمكن الآن عرض أسباب هذا الإجراء.
evidence-used-for = أسباب لهذه الإجراءات
evidence-link-summary = اربط بإجراء بوصفه سببًا له
evidence-measure-label = الإجراء
evidence-rationale-label = لماذا يهمّ هذا بالنسبة إلى الإجراء
evidence-rationale-hint = بكلمات بسيطة: سيقرأ السكان هذا النص في صفحة الإجراء.
evidence-link-submit = اربط
evidence-unlink = أزل هذا الربط
evidence-kind-survey_question = استبيانات ({ $count })
evidence-kind-focus_group_finding = مجموعات النقاش المركّزة ({ $count })
evidence-source-survey_question = من الاستبيان
evidence-source-focus_group_finding = من مجموعة النقاش المركّزة
evidence-kind-forum_outcome = المنتدى ({ $count })
evidence-source-forum_outcome = من موضوع المنتدى
