# Denetimlerin (glossa_checks) iletileri. Her tanı bu kimliklerden birini ve
# bağımsız değişkenlerini taşır; arayüz dili çıktı üretilirken uygulanır.

## Tanı iletileri

term-missing = sözlükteki “{ $source }” teriminin burada onaylı bir çevirisi yok; beklenen: “{ $expected }”
forbidden-term = yasaklı terim “{ $term }”; bunun yerine “{ $preferred }” kullanın
deprecated-term = kullanımdan kalkmış terim “{ $term }”; tercih edilen terim: “{ $preferred }”
mention-only-term = “{ $term }” terimi tırnak işaretleri dışında kullanılmış; bu terim yalnızca başkasının sözü olarak alıntılanabilir (tercih edilen: “{ $preferred }”)
mixed-framing = rakip adlandırmalar karışmış: “{ $term }”, oysa çevirinin geri kalanında “{ $other }” kullanılıyor
inconsistent-term = aynı kavram bu belgede önce “{ $first }” olarak çevrilmiş, burada ise “{ $term }” kullanılmış
number-missing = kaynaktaki { $number } sayısı çeviride yok
number-added = { $number } sayısı kaynakta yok
date-mismatch = kaynaktaki “{ $date }” tarihi çeviride yok ya da farklı
omitted-sentence = kaynak cümle çevrilmemiş: “{ $sentence }”
added-sentence = bu cümlenin kaynakta karşılığı yok
untranslated-sentence = bu cümle çevrilmemiş: hâlâ kaynak dilde ({ $lang })
low-confidence-alignment = belirsiz hizalama (güven: { $confidence }): burada bir şey atlanmış ya da yeniden yazılmış olabilir

## Yardım satırları

help-use-preferred = “{ $preferred }” kullanın
help-quote-mention = başkasının sözü olarak alıntılıyorsanız “{ $term }” terimini tırnak içine alın
help-translate = bu cümleyi çevirin

## Etiketler

label-source = kaynak
label-first-use = ilk kullanım burada

## glossa explain KOD

explain-T001 =
    T001 term-missing (varsayılan önem derecesi: uyarı)

    Ne yapar: kaynak cümlede bulunan her sözlük kavramı için, hizalanmış hedef
    cümlede izin verilen terimlerinden birini (tercih edilen ya da kabul edilen)
    çekim eklerini de hesaba katarak arar.

    Neden: önemli bir terim çeviride kaybolmuşsa, cümle fazla serbest çevrilmiş
    ya da terim sözlüğün izin vermediği bir sözcükle karşılanmış olabilir.

    Örnek: kaynakta “peace treaty” geçiyor, Türkçe cümlede ise “barış antlaşması”
    yerine “barış mutabakatı” var.

    Düzeltme: hedef dilin tercih edilen terimini kullanın ya da kullandığınız
    ifadeyi sözlüğe kabul edilen terim olarak ekleyin.
explain-T002 =
    T002 forbidden-term (varsayılan önem derecesi: hata)

    Ne yapar: sözlükte “yasaklı” olarak işaretlenmiş bir terimin her kullanımını
    bildirir.

    Neden: yasaklı terimler bu proje için yanlış ya da kabul edilemezdir; örneğin
    siyasi yükü olan bir ad ya da bilinen bir çeviri hatası.

    Örnek: sözlük bu kavram için “Kuril takımadaları” ifadesini yasaklıyor, ama
    çeviride kullanılmış.

    Düzeltme: terimi yardım satırındaki tercih edilen terimle değiştirin; tanı,
    otomatik uygulanabilen bir düzeltme içerir.
explain-T003 =
    T003 deprecated-term (varsayılan önem derecesi: uyarı)

    Ne yapar: sözlükte “kullanımdan kalkmış” olarak işaretlenmiş bir terimin her
    kullanımını bildirir.

    Neden: kullanımdan kalkmış terimler anlaşılır ama eskimiş ya da önerilmeyen
    ifadelerdir; tutarlı bir çeviri tercih edilen terimi kullanır.

    Örnek: sözlük “2+2 formatı” terimini tercih ederken çeviride “ikili
    bakanlar toplantısı” yazıyor.

    Düzeltme: terimi yardım satırındaki tercih edilen terimle değiştirin.
explain-T004 =
    T004 mention-only-term (varsayılan önem derecesi: uyarı)

    Ne yapar: “yalnızca alıntı” olarak işaretlenmiş bir terim tırnak işaretleri
    dışında geçtiğinde bunu bildirir.

    Neden: bazı terimler yalnızca alıntı olarak kullanılabilir; örneğin bir
    konuşmacı tartışmalı bir bölge için karşı tarafın kullandığı adı aktardığında.
    Çevirmenin kendi sözü olarak kullanıldığında bu terimler taraf tutar.

    Örnek: Rus tarafının adlandırmasını izleyen bir metinde “sözde Kuzey
    Toprakları” ifadesinin tırnak işareti olmadan yazılması.

    Düzeltme: alıntıysa terimi tırnak içine alın, değilse tercih edilen terimi
    kullanın.
explain-T005 =
    T005 mixed-framing (varsayılan önem derecesi: hata)

    Ne yapar: tırnak işaretleri dışında, tercih edilen adlandırmadan farklı bir
    adlandırmaya ait terimi bildirir. Tercih edilen adlandırma, etkin üslubun
    (--style) adlandırmasıdır; üslup yoksa belgenin ilk kullandığı adlandırmadır.

    Neden: aynı yer için rakip adlardan birini seçmek editoryal bir karardır;
    ikisini tek bir çeviride karıştırmak okuru şaşırtır ve taraflı görünür.

    Örnek: bir paragrafta “Güney Kuril Adaları”, bir sonrakinde “Kuzey
    Toprakları” yazan bir çeviri.

    Düzeltme: tek bir adlandırma seçin (ya da --style verin) ve baştan sona onun
    terimlerini kullanın; diğerini yalnızca tırnak içinde aktarın.
explain-T006 =
    T006 inconsistent-term (varsayılan önem derecesi: uyarı)

    Ne yapar: bir kavram bir belgede izin verilen farklı terimlerle karşılandığında,
    ilk kullanılan terimden farklı olan her kullanımı bildirir.

    Neden: birden çok terim kabul edilse bile, terimler arasında gidip gelmek
    okurun iki ayrı şeyden söz edildiğini düşünmesine yol açar.

    Örnek: ilk paragrafta “barış antlaşması”, ilerleyen paragraflarda “barış
    anlaşması”.

    Düzeltme: her yerde aynı terimi kullanın; genellikle ilk kullanılanı ya da
    tercih edileni.
explain-N001 =
    N001 number-mismatch (varsayılan önem derecesi: hata)

    Ne yapar: kaynak cümledeki sayıları hizalanmış hedef cümledeki sayılarla
    normalleştirdikten sonra karşılaştırır (1,000 = 1 000 = 1.000 = １０００) ve
    eksik ya da fazladan eklenmiş sayıları bildirir.

    Neden: yanlış ya da eksik bir sayı metindeki olguları değiştirir ve düzeltide
    kolayca gözden kaçar.

    Örnek: kaynakta “in 1956” yazıyor, çeviride ise “1965 yılında”.

    Düzeltme: kaynaktaki sayıyı geri getirin; sayıyı hedef dilin yazım
    kurallarına göre yazabilirsiniz, denetim bunları tanır.
explain-N002 =
    N002 date-mismatch (varsayılan önem derecesi: hata)

    Ne yapar: kaynak cümledeki tarihleri bulur ve hizalanmış hedef cümlede aynı
    tarihlerin bulunduğunu denetler; İngilizce, Rusça, Japonca ve Türkçe
    biçimlerin hepsini tanır (January 14, 14 января, 1月14日, 14 Ocak, 17.01.2019).

    Neden: tarihler olgudur; kaymış bir gün ya da ay ciddi bir hatadır.

    Örnek: “on January 22” ifadesinin “22 Şubat” diye çevrilmesi.

    Düzeltme: çevirideki tarihi düzeltin.
explain-S001 =
    S001 omitted-sentence (varsayılan önem derecesi: uyarı)

    Ne yapar: hizalayıcının çeviride hiçbir cümleyle eşleştiremediği kaynak
    cümleyi bildirir.

    Neden: eksik bir cümle eksik içerik demektir.

    Örnek: dört cümlelik bir paragrafın üç cümleyle çevrilmesi, ikinci cümlenin
    atlanması.

    Düzeltme: cümleyi çevirin ya da komşu bir cümleyle birleştirilirken içeriğinin
    kaybolup kaybolmadığını denetleyin.
explain-S002 =
    S002 added-sentence (varsayılan önem derecesi: uyarı)

    Ne yapar: kaynakta karşılığı olmayan hedef cümleyi bildirir.

    Neden: eklenmiş cümleler çevirmen notu, eski bir sürümden kalan parça ya da
    metne ait olmayan içerik olabilir.

    Örnek: Japonca çevirinin, İngilizce özgün metinde bulunmayan bir cümleyle
    bitmesi.

    Düzeltme: cümleyi silin ya da gerçekten gerekiyorsa kaynağa ekleyin.
explain-S003 =
    S003 untranslated-sentence (varsayılan önem derecesi: hata)

    Ne yapar: kaynak cümlenin aynısı olan ya da kaynak dilin yazı sistemiyle
    yazılmış hedef cümleyi bildirir.

    Neden: çeviri bitmediğinde çevrilmemiş cümleler geride kalır.

    Örnek: Rusça bir metnin ortasında olduğu gibi bırakılmış İngilizce bir cümle.

    Düzeltme: cümleyi çevirin.
explain-S004 =
    S004 low-confidence-alignment (varsayılan önem derecesi: bilgi)

    Ne yapar: hizalayıcının eşleştirmesinden emin olmadığı cümle gruplarını
    bildirir.

    Neden: düşük güven çoğu zaman diğer denetimlerin doğrudan göremediği bir
    atlama, ekleme ya da ağır bir yeniden yazım anlamına gelir.

    Örnek: yirmi sözcüklük bir kaynak cümlenin üç sözcüklük bir hedef cümleyle
    eşleştirilmesi.

    Düzeltme: grubu yan yana görünümde (glossa export) okuyun ve gerekirse
    çeviriyi düzeltin.
