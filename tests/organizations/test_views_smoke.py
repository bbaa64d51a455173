import pytest
from django.urls import reverse

from tests.conftest import client_for

PAGES = [
    ("core:home", None),
    ("organizations:tree", None),
    ("organizations:person-list", None),
    ("organizations:person-create", None),
    ("organizations:org-create", None),
    ("audit:list", None),
    ("accounts:profile", None),
]


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_it_renders_main_pages_for_the_department_officer(personas, name, args):
    response = client_for(personas.dept_officer).get(reverse(name, args=args))
    assert response.status_code == 200
    assert "Thi đua – Khen thưởng" in response.content.decode()
