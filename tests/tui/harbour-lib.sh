# Three paragraphs of one wire story about a harbour pier, for the tests
# of syndicated copy in the reader (shared-marks.sh, story-list.sh).
p1='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost and the effect on the fishing fleet at the old quay.'
p2='Members said the pier would bring visitors to the town and allow larger boats to land their catch without waiting for the tide to turn.'
p3='The mayor said the work would begin in the spring and take two years to finish, with the cost shared with the regional government.'
