#!/usr/bin/env python3
"""The 2,000 small files of tests/e2e/scale.rs, for measuring by hand.

    python3 tests/robustness/many_files.py DIR [SCALE]

SCALE (default 1) multiplies every count: 800*SCALE Markdown pairs (docs/en, docs/ru),
200*SCALE PO files, 100*SCALE JSON catalog pairs; expected findings at SCALE 1:
160 N001, 10 P001, 4 M001 (`glossa check --source-lang en DIR`).
"""
import os
import sys


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    root = sys.argv[1]
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for i in range(800 * scale):
        year = 1900 + i % 100
        shown = year + 1 if i % 10 == 0 else year
        write(f"{root}/docs/en/note{i:04}.md",
              f"# Note {i}\n\nA delegation of {i + 3} experts arrived in {year}.\nThe talks lasted two days.\n")
        write(f"{root}/docs/ru/note{i:04}.md",
              f"# Заметка {i}\n\nДелегация из {i + 3} экспертов прибыла в {shown} году.\nПереговоры продолжались два дня.\n")
    for i in range(200 * scale):
        target = f"Отчёт комиссии {i} готов." if i % 20 == 0 else f"Отчёт %d комиссии {i} готов."
        write(f"{root}/po/part{i:03}/ru.po",
              'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
              f'#, c-format\nmsgid "Report %d of commission {i} is ready."\nmsgstr "{target}"\n')
    for i in range(100 * scale):
        write(f"{root}/i18n/app{i:03}/en.json",
              f'{{"title": "Visit number {i}", "body": "The ferry leaves at noon."}}\n')
        ru = (f'{{"title": "Визит номер {i}"}}\n' if i % 25 == 0 else
              f'{{"title": "Визит номер {i}", "body": "Паром отходит в полдень."}}\n')
        write(f"{root}/i18n/app{i:03}/ru.json", ru)


if __name__ == "__main__":
    main()
