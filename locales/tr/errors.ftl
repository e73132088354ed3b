# glossa hataları (çıkış kodu 2).

error-prefix = hata
error-file-not-found = dosya bulunamadı: { $path }
error-read = { $path } okunamadı: { $reason }
error-invalid-utf8 = { $path }:{ $line }:{ $column }: dosya geçerli bir UTF-8 metni değil
error-nul-byte = { $path }:{ $line }:{ $column }: dosyada NUL baytı var (ikili bir dosya ya da bayt sırası işareti olmayan UTF-16 olabilir mi?)
error-utf16-no-bom = { $path }:{ $line }:{ $column }: dosyada NUL baytı var: bayt sırası işareti olmayan { $encoding } gibi görünüyor; dosyayı UTF-8'e dönüştürün
error-empty-input = { $path } boş: denetlenecek bir şey yok
error-unknown-lang = bilinmeyen dil etiketi: “{ $tag }”
error-unknown-ui-lang = bilinmeyen arayüz dili: “{ $tag }” (kullanılabilenler: en, ru, ja, tr)
error-no-lang = { $path } dosyasının dili belirlenemedi: dosyayı diline göre adlandırın (ru.md, article.ja.md) ya da --langs kullanın
error-glossary = { $path }:{ $line }:{ $column }: geçersiz sözlük: { $reason }
error-glossary-line = { $path }:{ $line }: geçersiz sözlük: { $reason }
error-glossary-format = { $path }: bilinmeyen sözlük biçimi (.toml, .tbx, .csv, .tsv ya da .db bekleniyordu)
error-format = { $path }:{ $line }:{ $column }: dosya okunamadı: { $reason }
error-config = yapılandırma geçersiz: { $reason }
error-termbase = terim bankası { $path }: { $reason }
error-need-two-files = en az iki dosya gerekli: bir kaynak ve bir çeviri
error-langs-count = --langs { $got } dil belirtiyor, ancak { $expected } dosya verildi
error-is-directory = { $path } bir dosya değil, dizin
error-write = { $path } yazılamadı: { $reason }
error-srx = { $path } içindeki bölütleme kuralları geçersiz: { $reason }
error-unknown-code = bilinmeyen denetim kodu: “{ $code }” (örneğin T001; liste ARCHITECTURE.md dosyasında)
error-unknown-style = bilinmeyen üslup: “{ $style }”; sözlükte tanımlı değil
error-usage = geçersiz kullanım: { $reason }
