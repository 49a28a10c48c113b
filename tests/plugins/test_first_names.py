from plugins.first_names import faker_first_names


def test_gendered_lists_of_chosen_locales():
    male = set(faker_first_names("first_names_male", ["fr_FR"]))
    female = set(faker_first_names("first_names_female", ["fr_FR"]))
    assert "Jacques" in male and "Jacques" not in female
    assert "Chantal" in female and "Chantal" not in male


def test_every_locale_by_default_and_absent_locales_or_lists_give_nothing():
    everywhere = set(faker_first_names("first_names"))
    assert len(everywhere) > len(set(faker_first_names("first_names", ["fr_FR"]))) > 100
    assert list(faker_first_names("first_names", ["xx_XX"])) == []
    assert list(faker_first_names("no_such_list", ["fr_FR"])) == []
