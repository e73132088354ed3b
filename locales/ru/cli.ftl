# Справка командной строки, итоги и подписи экспорта.

## Команды

help-about = Проверяет переводы по глоссарию: делит текст на предложения, выравнивает их, находит термины с учётом словоизменения и сообщает о найденном, как компилятор.
help-segment = Разбить текст на предложения, по одному в строке
help-align = Выровнять предложения оригинала и его переводов
help-check = Проверить переводы по оригиналу и глоссарию
help-export = Выгрузить параллельную таблицу оригинала и переводов
help-glossary = Работа с терминологической базой (импорт, экспорт, список, поиск, сопоставление, удаление, проверка)
help-glossary-import = Импортировать файл глоссария в терминологическую базу
help-glossary-export = Выгрузить терминологическую базу в файл глоссария
help-glossary-list = Показать все термины базы
help-glossary-lookup = Найти понятия, у которых есть термин, содержащий запрос
help-glossary-match = Показать все термины глоссария, найденные в тексте
help-glossary-remove = Удалить понятие из терминологической базы
help-glossary-validate = Проверить файл глоссария на ошибки
help-explain = Объяснить код проверки: что она находит, зачем, пример и как исправить
help-completions = Вывести скрипт автодополнения для оболочки (bash, zsh, fish, elvish, powershell)
help-man = Вывести страницу руководства в формате roff

## Аргументы

help-arg-lang = Язык текста (тег BCP 47: en, ru, ja, tr); по умолчанию — по имени файла, иначе определяется автоматически
help-arg-langs = Языки файлов через запятую, в порядке файлов (например, en,ja)
help-arg-rules = Правила сегментации в формате SRX 2.0
help-arg-format = Формат вывода
help-arg-input = Вид входных данных: сплошной текст или по одному предложению в строке
help-arg-glossary = Глоссарий: .toml, .tbx, .csv, .tsv или терминологическая база .db
help-arg-style = Стиль глоссария: какое из конкурирующих наименований предпочтительно
help-arg-source-lang = Язык оригинала; по умолчанию — язык первого файла
help-arg-fail-on = Минимальный уровень находки, при котором запуск завершается с кодом 1
help-arg-ui-lang = Язык сообщений (en, ru, ja, tr); по умолчанию — из LC_ALL, LC_MESSAGES или LANG
help-arg-output = Выходной файл (перезаписывается); по умолчанию — стандартный вывод
help-arg-db = Файл терминологической базы (SQLite)
help-arg-replace = Очистить терминологическую базу перед импортом
help-arg-file = Входной файл; без него или с «-» — стандартный ввод
help-arg-files = Входные файлы или каталоги
help-arg-config = Файл конфигурации (по умолчанию glossa.toml, найденный в текущем каталоге или выше)
help-arg-baseline = Сообщать только о замечаниях, которых нет в этом базовом файле
help-arg-write-baseline = Записать все текущие замечания в базовый файл и завершиться с кодом 0
help-arg-max-warnings = Завершиться с кодом 1, если предупреждений больше N
help-arg-paths = Файлы или каталоги: сначала исходный текст, затем переводы
help-arg-plain = Считать входной текст обычным текстом, а не Markdown
help-arg-progress = Сообщать о ходе работы в стандартный поток ошибок
help-arg-shell = Оболочка, для которой создаётся автодополнение
help-arg-query = Текст для поиска в терминах на любом языке
help-arg-code = Код проверки, например T001
help-arg-concept = Идентификатор понятия

## Ход работы

progress-reading = чтение файлов
progress-checking = проверка

## Итоги

summary-clean = ничего не найдено в { $files ->
        [one] { $files } файле
       *[other] { $files } файлах
    }
summary-findings = { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
       *[many] { $warnings } предупреждений
    }, { $infos ->
        [one] { $infos } замечание
        [few] { $infos } замечания
       *[many] { $infos } замечаний
    } в { $files ->
        [one] { $files } файле
       *[other] { $files } файлах
    }
glossary-imported = импортировано { $concepts ->
        [one] { $concepts } понятие
        [few] { $concepts } понятия
       *[many] { $concepts } понятий
    } ({ $terms ->
        [one] { $terms } термин
        [few] { $terms } термина
       *[many] { $terms } терминов
    }) в { $db }
glossary-exported = выгружено { $concepts ->
        [one] { $concepts } понятие
        [few] { $concepts } понятия
       *[many] { $concepts } понятий
    } в { $path }
glossary-removed = понятие { $concept } удалено
glossary-not-found = понятие { $concept } не найдено
glossary-valid = { $path } без ошибок: { $concepts ->
        [one] { $concepts } понятие
        [few] { $concepts } понятия
       *[many] { $concepts } понятий
    }
severity-error = ошибка
severity-warning = предупреждение
severity-info = замечание

## Подписи экспорта

export-title = Параллельная сверка перевода
export-findings = Находки
export-only-findings = Показывать только строки с находками
export-summary = Итоги
export-no-findings = Ничего не найдено
export-keys-help = Клавиши: j/k — следующая/предыдущая строка, f — следующая находка, t — скрыть или показать строки без находок
export-confidence = Уверенность выравнивания
