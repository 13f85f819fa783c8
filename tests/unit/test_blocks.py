from thucydides.nlp.blocks import is_caption, is_dateline, is_heading_line, line_spans


def test_headings_are_short_capitalised_lines_without_a_final_stop() -> None:
    assert is_heading_line("Putin's Warning And The Risk Of Escalation")
    assert is_heading_line("The Strategic Move: A Shift In U.S. Policy")
    assert not is_heading_line("Trump has underscored the necessity for a swift resolution.")
    assert not is_heading_line("the troops were stationed in the region without any further word on it")


def test_dateline_is_recognised() -> None:
    assert is_dateline("Friday, January 4, 2019 ")
    assert not is_dateline("On Friday, January 4, 2019 the army attacked.")


def test_caption_has_no_finite_verb() -> None:
    assert is_caption(["NNP", "NNP", "IN", "DT", "NN", ",", "VBN"], "Joe Biden during a speech, dressed in a suit.")
    assert not is_caption(["NNP", "VBD", "NNP", "."], "Russia attacked Ukraine.")
    assert is_caption(["NNP", "VBD"], "Photo: Russia attacked")


def test_line_spans_strip_whitespace_and_skip_blank_lines() -> None:
    text = "Title line\n\n  Body text here.  \n"
    assert [text[a:b] for a, b in line_spans(text)] == ["Title line", "Body text here."]
