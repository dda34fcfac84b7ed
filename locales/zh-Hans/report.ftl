# 形成闭环：各渠道收到的反馈是如何处理的。
report-used-title = 反馈是如何处理的
report-used-intro = 公众参与带来了什么，逐项措施列出：问卷、焦点小组、论坛主题和公开征求意见中支持或质疑每项措施、或为其提供参考的结果，以及计划工作组对每条意见和每项立场的答复。
report-used-link = 反馈是如何处理的：每项措施，以及公众参与对它的意见
report-used-answers = 公开征求意见中的答复：
report-used-decision = { $decision }：{ $count }
report-used-unanswered = 尚未答复：{ $count }
report-used-inputs = 阅读关于这项措施的全部意见和立场
report-used-untouched = 尚未收到任何公众参与反馈的措施：{ $count }
