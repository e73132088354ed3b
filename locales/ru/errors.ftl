# Ошибки glossa (код выхода 2).

error-prefix = ошибка
error-file-not-found = файл не найден: { $path }
error-read = не удалось прочитать { $path }: { $reason }
error-invalid-utf8 = { $path }:{ $line }:{ $column }: файл не в кодировке UTF-8
error-nul-byte = { $path }:{ $line }:{ $column }: в файле есть нулевой байт (двоичный файл или UTF-16 без метки порядка байтов?)
error-utf16-no-bom = { $path }:{ $line }:{ $column }: в файле есть нулевой байт: похоже на { $encoding } без метки порядка байтов; перекодируйте файл в UTF-8
error-empty-input = файл { $path } пуст: проверять нечего
error-unknown-lang = неизвестный языковой тег «{ $tag }»
error-unknown-ui-lang = неизвестный язык интерфейса «{ $tag }» (доступны: en, ru, ja, tr)
error-no-lang = не удалось определить язык файла { $path }: назовите файл по языку (ru.md, article.ja.md) или укажите --langs
error-glossary = { $path }:{ $line }:{ $column }: ошибка в глоссарии: { $reason }
error-glossary-line = { $path }:{ $line }: ошибка в глоссарии: { $reason }
error-glossary-format = { $path }: неизвестный формат глоссария (ожидается .toml, .tbx, .csv, .tsv или .db)
error-format = { $path }:{ $line }:{ $column }: не удалось прочитать файл: { $reason }
error-config = ошибка в конфигурации: { $reason }
error-termbase = терминологическая база { $path }: { $reason }
error-need-two-files = нужно не меньше двух файлов: оригинал и перевод
error-langs-count = в --langs { $got ->
        [one] указан { $got } язык
        [few] указано { $got } языка
       *[many] указано { $got } языков
    }, а { $expected ->
        [one] передан { $expected } файл
        [few] передано { $expected } файла
       *[many] передано { $expected } файлов
    }
error-is-directory = { $path } — это каталог, а не файл
error-write = не удалось записать { $path }: { $reason }
error-srx = ошибка в правилах сегментации { $path }: { $reason }
error-unknown-code = неизвестный код проверки «{ $code }» (например, T001; список — в ARCHITECTURE.md)
error-unknown-style = неизвестный стиль «{ $style }»: в глоссарии он не определён
error-usage = неверный вызов: { $reason }
