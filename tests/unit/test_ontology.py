from thucydides.ontology import EVENT_TYPES, cameo_code, intensity, is_valid_mode, quad_class


def test_sixteen_plover_types_with_quad_classes() -> None:
    assert len(EVENT_TYPES) == 16
    assert quad_class("ASSAULT") == 4 and quad_class("CONSULT") == 1 and quad_class("AID") == 2
    assert quad_class("ACCUSE") == 3


def test_modes_refine_cameo_codes_and_intensity() -> None:
    assert cameo_code("CONSULT", "visit") == "042"
    assert cameo_code("ASSAULT", None) == "18"
    assert intensity("ASSAULT", "aerial") == -10.0
    assert intensity("AID", None) > 0 > intensity("THREATEN", None)
    assert is_valid_mode("ASSAULT", "drone") and not is_valid_mode("AGREE", "visit")
