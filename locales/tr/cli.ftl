# Komut satırı yardımı, özetler ve dışa aktarma etiketleri.

## Komutlar

help-about = Çevirileri bir sözlüğe göre denetler: metni cümlelere böler, hizalar, terimleri çekimli biçimleriyle bulur ve bulguları bir derleyici gibi bildirir.
help-segment = Metni cümlelere böl, her satıra bir cümle
help-align = Kaynak dosyanın ve çevirilerinin cümlelerini hizala
help-check = Çevirileri kaynağa ve sözlüğe göre denetle
help-export = Kaynağın ve çevirilerin yan yana tablosunu dışa aktar
help-glossary = Terim bankasını yönet (içe aktar, dışa aktar, listele, ara, eşleştir, kaldır, doğrula)
help-glossary-import = Bir sözlük dosyasını terim bankasına aktar
help-glossary-export = Terim bankasını bir sözlük dosyasına aktar
help-glossary-list = Terim bankasındaki bütün terimleri listele
help-glossary-lookup = Sorguyu içeren bir terimi olan kavramları bul
help-glossary-match = Metinde bulunan bütün sözlük terimlerini göster
help-glossary-remove = Terim bankasından bir kavramı kaldır
help-glossary-validate = Bir sözlük dosyasını hatalara karşı denetle
help-explain = Bir denetim kodunu açıkla: neyi bulduğu, nedeni, bir örnek ve düzeltmesi
help-completions = Kabuk için otomatik tamamlama betiğini yazdır (bash, zsh, fish, elvish, powershell)
help-man = Kılavuz sayfasını roff biçiminde yazdır

## Bağımsız değişkenler

help-arg-lang = Metnin dili (BCP 47 etiketi: en, ru, ja, tr); varsayılan: dosya adından, yoksa otomatik algılanır
help-arg-langs = Dosyaların dilleri, virgülle ayrılmış ve dosyalarla aynı sırada (örneğin en,ja)
help-arg-rules = SRX 2.0 biçiminde bölütleme kuralları
help-arg-format = Çıktı biçimi
help-arg-input = Girdinin biçimi: düz metin ya da her satırda bir cümle
help-arg-glossary = Sözlük: .toml, .tbx, .csv, .tsv ya da bir terim bankası (.db)
help-arg-style = Rakip adlandırmalardan hangisinin tercih edileceğini belirleyen sözlük üslubu
help-arg-source-lang = Kaynak dil; varsayılan: verilen ilk dosyanın dili
help-arg-fail-on = Çalıştırmanın 1 çıkış koduyla başarısız sayılacağı en düşük önem derecesi
help-arg-ui-lang = İletilerin dili (en, ru, ja, tr); varsayılan: LC_ALL, LC_MESSAGES ya da LANG
help-arg-output = Çıktı dosyası (üzerine yazılır); varsayılan: standart çıktı
help-arg-db = Terim bankası dosyası (SQLite)
help-arg-replace = İçe aktarmadan önce terim bankasını boşalt
help-arg-file = Girdi dosyası; verilmezse ya da “-” verilirse standart girdi
help-arg-files = Girdi dosyaları ya da dizinler
help-arg-config = Yapılandırma dosyası (varsayılan: geçerli dizinden yukarı doğru bulunan glossa.toml)
help-arg-baseline = Yalnızca bu temel dosyada bulunmayan bulguları bildir
help-arg-write-baseline = Tüm güncel bulguları bir temel dosyasına yaz ve 0 koduyla çık
help-arg-max-warnings = N'den fazla uyarı varsa başarısız say (çıkış kodu 1)
help-arg-paths = Dosyalar veya dizinler: önce kaynak, ardından çevirileri
help-arg-plain = Girdiyi Markdown olarak değil, düz metin olarak işle
help-arg-progress = İlerlemeyi standart hata çıkışına yaz
help-arg-shell = Tamamlama betiğinin üretileceği kabuk
help-arg-query = Terimlerde aranacak metin (herhangi bir dilde)
help-arg-code = Denetim kodu, örneğin T001
help-arg-concept = Kavram kimliği

## İlerleme

progress-reading = dosyalar okunuyor
progress-checking = denetleniyor

## Özetler

summary-clean = { $files } dosyada bulgu yok
summary-findings = { $files } dosyada { $errors } hata, { $warnings } uyarı, { $infos } bilgi
glossary-imported = { $concepts } kavram ({ $terms } terim) { $db } terim bankasına aktarıldı
glossary-exported = { $concepts } kavram { $path } dosyasına aktarıldı
glossary-removed = { $concept } kavramı kaldırıldı
glossary-not-found = { $concept } kavramı bulunamadı
glossary-valid = { $path } geçerli: { $concepts } kavram
severity-error = hata
severity-warning = uyarı
severity-info = bilgi

## Dışa aktarma etiketleri

export-title = Yan yana çeviri incelemesi
export-findings = Bulgular
export-only-findings = Yalnızca bulgu içeren satırları göster
export-summary = Özet
export-no-findings = Bulgu yok
export-keys-help = Tuşlar: j/k sonraki/önceki satır, f sonraki bulgu, t bulgusuz satırları gizle ya da göster
export-confidence = Hizalama güveni
