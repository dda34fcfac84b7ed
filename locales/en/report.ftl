# Closing the loop: how input was used, across every channel.
report-used-title = How input was used
report-used-intro = What participation produced, measure by measure: the results of surveys, focus groups, forum threads and the public consultation that support, challenge or inform each measure, and the answers the plan's team gave to every comment and position.
report-used-link = How input was used: each measure and what participation said of it
report-used-answers = Answers in the consultation
report-used-decision = { $decision }: { $count }
report-used-unanswered = Not answered yet: { $count }
report-used-inputs = Read every comment and position on this measure
report-used-untouched = Measures that nothing from participation has reached yet: { $count }
