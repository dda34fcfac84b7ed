## رسالة واحدة لكل رمز خطأ (AppError). لكل رسالة عنوان قصير وشرح بسيط.

errors-not-found-title = الصفحة غير موجودة
errors-not-found = لم نجد هذه الصفحة. ربما كُتب العنوان بشكل خاطئ، أو نُقلت الصفحة إلى مكان آخر.
errors-bad-request-title = هناك خطأ في الطلب
errors-bad-request = لم تفهم الصفحة ما طُلب منها. تحقق من العنوان أو من اختياراتك في النموذج، ثم حاول مرة أخرى.
errors-unavailable-title = الخدمة غير متاحة مؤقتًا
errors-unavailable = لا تستطيع منصة Ponte الوصول إلى بياناتها الآن. هذا ليس بسبب شيء فعلته. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
errors-internal-title = حدث خطأ ما
errors-internal = حدث خطأ غير متوقع من جهتنا، وقد تم تسجيله. يُرجى المحاولة مرة أخرى لاحقًا.
errors-unauthenticated-title = يُرجى تسجيل الدخول
errors-unauthenticated = يجب أن تسجّل الدخول لترى هذه الصفحة.
errors-forbidden-title = غير مسموح
errors-forbidden = لا يملك حسابك إذنًا للقيام بهذا.
errors-cross-site-title = تم رفض الطلب
errors-cross-site = أُرسل هذا النموذج من موقع إلكتروني آخر، لذلك رُفض لحمايتك. افتح الصفحة في هذا الموقع، ثم حاول مرة أخرى.
errors-rate-limited-title = محاولات كثيرة جدًا
errors-rate-limited = حدثت محاولات كثيرة جدًا في وقت قصير. يُرجى الانتظار 15 دقيقة، ثم المحاولة مرة أخرى.
errors-invalid-email = لا يبدو هذا عنوان بريد إلكتروني. تحقق منه، ثم حاول مرة أخرى. مثال: ahmad@example.com
errors-invalid-code-format = يتكون الرمز من 6 أرقام. تحقق من الرسالة، ثم اكتب الأرقام مرة أخرى.
errors-invalid-code = هذا الرمز غير صحيح. تحقق من الرسالة، ثم حاول مرة أخرى.
errors-invalid-link = انتهت صلاحية رابط أو رمز تسجيل الدخول هذا، أو سبق استخدامه. اطلب رسالة جديدة.
errors-invalid-too-many-attempts = أدخلت رموزًا خاطئة مرات كثيرة. اطلب رسالة جديدة لتسجيل الدخول.
errors-invalid-too-long = هذا النص طويل جدًا.
