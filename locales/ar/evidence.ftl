## قسم الأسباب: لماذا يوجد الإجراء، بناءً على ما قاله الناس خلال المشاركة.

evidence-heading = لماذا هذا الإجراء: ماذا قال الناس
evidence-none = لم تُربط بعد أي نتائج من المشاركة بهذا الإجراء.
evidence-unavailable = لا يمكن الآن عرض أسباب هذا الإجراء.
evidence-from-survey = من الاستبيان
evidence-used-for = استُخدمت هذه النتائج في الإجراءات التالية
evidence-link-summary = اربط هذه النتائج بإجراء
evidence-measure-label = الإجراء
evidence-rationale-label = لماذا تهمّ هذه النتائج هذا الإجراء
evidence-rationale-hint = بكلمات بسيطة: سيقرأ السكان هذا النص في صفحة الإجراء.
evidence-link-submit = اربط
evidence-unlink = أزل هذا الربط
