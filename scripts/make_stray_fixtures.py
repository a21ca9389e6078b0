"""Writes fixtures/strays: 1-5 rating columns with one stray answer among 300, numbers written as
hexadecimal or binary literals, and columns named like JavaScript's object internals.
Deterministic (no random numbers): run `python3 scripts/make_stray_fixtures.py` to rebuild."""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'fixtures' / 'strays'
OUT.mkdir(parents=True, exist_ok=True)


def ratings(stray: str) -> str:
    rows = ['id,Overall satisfaction,Speed of delivery']
    for i in range(300):
        overall = stray if i == 150 else str(i * 7 % 5 + 1)
        rows.append(f'{i + 1},{overall},{i * 3 % 5 + 1}')
    return '\n'.join(rows) + '\n'


for name, stray in [('eleven', '11'), ('twelve', '12'), ('ninety-nine', '99'), ('minus-one', '-1'), ('1e308', '1e308')]:
    (OUT / f'one-{name}-among-300-ratings.csv').write_text(ratings(stray))

literals = {10: '0x3', 30: '0b11', 50: '0o4'}
rows = ['id,Overall satisfaction'] + [f'{i + 1},{literals.get(i, i * 7 % 5 + 1)}' for i in range(60)]
(OUT / 'hexadecimal-and-binary-literals.csv').write_text('\n'.join(rows) + '\n')

rows = ['id,Overall satisfaction,__proto__,constructor,toString'] + [f'{i + 1},{i % 5 + 1},{i * 2 % 5 + 1},{i * 3 % 5 + 1},{i * 4 % 5 + 1}' for i in range(40)]
(OUT / 'columns-named-like-object-internals.csv').write_text('\n'.join(rows) + '\n')

# A 1-5 question whose answers in the first 1,200 rows run 1-4 only: the first 1,000 rows alone
# would make it a 1-4 scale. Its neighbours are rated 0-10, so that no other rating of the survey
# shows a 1-5 scale (where two would, the column is read on theirs from the start:
# fixtures/detection/one-rating-answered-short-of-the-surveys-1-to-5-scale-en.csv).
rows = ['id,Overall satisfaction,Speed of delivery (0-10),Price fairness (0-10)']
for i in range(3000):
    overall = i * 7 % 4 + 1 if i < 1200 else i * 7 % 5 + 1
    rows.append(f'{i + 1},{overall},{i * 3 % 11},{i * 2 % 11}')
(OUT / 'fives-only-after-the-first-1000-rows.csv').write_text('\n'.join(rows) + '\n')

# A single answer that carries a code ("9 = Excellent") beyond whole numbers 1..5: a stray, not
# the labelled top of a 1-9 scale.
rows = ['id,Overall satisfaction'] + [f'{i + 1},{"9 = Excellent" if i == 30 else i * 7 % 5 + 1}' for i in range(60)]
(OUT / 'one-coded-label-beyond-the-answers.csv').write_text('\n'.join(rows) + '\n')

# A frequency question answered Never … Often in the first 1,200 rows, and Always too after them:
# the first 1,000 rows alone would make it a four-point scale.
LEVELS = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always']
rows = ['id,How often did our staff answer your questions in full?,Overall satisfaction']
for i in range(3000):
    rows.append(f'{i + 1},{LEVELS[i * 7 % 4 if i < 1200 else i * 7 % 5]},{i * 3 % 5 + 1}')
(OUT / 'always-only-after-the-first-1000-rows.csv').write_text('\n'.join(rows) + '\n')

# An importance question answered "Not at all" … "Very important" in the first 1,200 rows, and
# "Extremely important" too after them, beside the satisfaction question it rates: an importance
# column's scale comes from every row read, as a rated column's does.
IMPORTANCE = ['Not at all important', 'Slightly important', 'Moderately important', 'Very important', 'Extremely important']
rows = ['id,How satisfied are you with the speed of delivery?,How important is the speed of delivery?']
for i in range(3000):
    rows.append(f'{i + 1},{i * 3 % 5 + 1},{IMPORTANCE[i * 7 % 4 if i < 1200 else i * 7 % 5]}')
(OUT / 'extremely-important-only-after-the-first-1000-rows.csv').write_text('\n'.join(rows) + '\n')
