## 依据功能：根据公众参与的意见，说明为什么会有某项措施。

evidence-heading = 为什么有这项措施：大家的意见
evidence-none = 目前还没有公众参与的结果与这项措施关联。
evidence-unavailable = 目前无法显示这项措施的依据。
evidence-used-for = 作为这些措施的依据
evidence-link-summary = 作为依据关联到一项措施
evidence-measure-label = 措施
evidence-rationale-label = 这对这项措施为什么重要
evidence-rationale-hint = 请用通俗的话写：居民会在措施页面上读到这段内容。
evidence-link-submit = 关联
evidence-unlink = 取消这个关联
evidence-kind-survey_question = 问卷（{ $count }）
evidence-kind-focus_group_finding = 焦点小组（{ $count }）
evidence-source-survey_question = 来自问卷
evidence-source-focus_group_finding = 来自焦点小组
evidence-kind-forum_outcome = 论坛（{ $count }）
evidence-source-forum_outcome = 来自论坛主题
