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
date-added = “{ $date }” tarihi kaynak metinde yok
omitted-sentence = kaynak cümle { $lang } dosyasında çevrilmemiş: “{ $sentence }”
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

## Çeviri birimi denetimleri (XLIFF, PO, TMX, Fluent, JSON, CSV)

empty-target = çeviri boş
target-same-as-source = çeviri, kaynak metnin ({ $lang }) aynısı
placeholder-missing = kaynaktaki { $placeholder } yer tutucusu çeviride yok
placeholder-added = { $placeholder } yer tutucusu kaynakta yok
placeholder-changed = kaynaktaki { $expected } yer tutucusu { $found } olmuş
inline-tag-missing = kaynaktaki “{ $tag }” satır içi etiketi çeviride yok
inline-tag-added = “{ $tag }” satır içi etiketi kaynakta yok
url-missing = kaynaktaki “{ $url }” çeviride yok
url-added = “{ $url }” kaynakta yok
unpaired-quote = eşi olmayan tırnak işareti { $mark }
unpaired-bracket = eşi olmayan parantez { $mark }
double-space = çift boşluk
leading-whitespace-mismatch = baştaki boşluklar kaynaktakinden farklı
trailing-whitespace-mismatch = sondaki boşluklar kaynaktakinden farklı
repeated-word = yinelenen sözcük “{ $word }”
end-punctuation-missing = kaynak “{ $expected }” ile bitiyor ama çevirinin sonunda noktalama işareti yok
end-punctuation-added = çeviri “{ $found }” ile bitiyor ama kaynağın sonunda noktalama işareti yok
end-punctuation-different = kaynak “{ $expected }” ile, çeviri ise “{ $found }” ile bitiyor
length-ratio = çeviri kaynağın { $ratio } katı uzunlukta; bu dil çifti için olağan oran: { $usual }
inconsistent-target = aynı kaynak başka bir yerde farklı çevrilmiş: “{ $other }”
inconsistent-source = “{ $source }” metninin çevirisi, farklı bir kaynağın çevirisiyle aynı: “{ $other }”
missing-message = “{ $id }” iletisi { $lang } kataloğunda yok
obsolete-message = { $lang } kataloğundaki “{ $id }” iletisi kaynak katalogda yok

label-other-translation = burada böyle çevrilmiş
label-other-source = diğer kaynak

explain-N003 =
    N003 url-mismatch (varsayılan önem derecesi: hata)

    Ne yapar: bir birimin kaynağındaki ve çevirisindeki URL'leri ve e-posta
    adreslerini, ardlarından gelen noktalama işaretlerini attıktan sonra birebir
    karşılaştırır.

    Neden: değiştirilmiş ya da kısaltılmış bir bağlantı okuru yanlış sayfaya
    götürür; yazım hatalı bir e-posta adresine gönderilen iletiler kaybolur.

    Örnek: kaynakta “See https://example.org/docs.” var, çeviride ise yalnızca
    “example.org”. URL'den sonra gelen nokta uyumsuzluk sayılmaz.

    Düzeltme: kaynaktaki URL'yi ya da adresi çeviriye hiç değiştirmeden aktarın.
explain-P001 =
    P001 placeholder-mismatch (varsayılan önem derecesi: hata)

    Ne yapar: kaynağın ve çevirinin yer tutucularını çoklu küme olarak
    karşılaştırır: printf (%s, %d, %1$s, %(name)s), süslü parantezler ({"{"}name{"}"}, {"{"}0{"}"}, {"{"}{"{"}name{"}"}{"}"}),
    Fluent değişkenleri ve terimleri ({"{"} $var {"}"}, {"{"} -brand {"}"}) ve ICU çoğul
    biçimlerinin dış argümanı. plural ve select varyantlarının içinde küme olarak
    karşılaştırılırlar.

    Neden: eksik ya da bozulmuş bir yer tutucu kullanıcıya ham kodu gösterir
    veya dizgiyi biçimlendiren programı çökertir.

    Örnek: “Click %s to open the file.” cümlesi “Dosyayı açmak için tıklayın.” diye çevrilmiş.

    Düzeltme: kaynağın her yer tutucusunu çeviriye kaynaktakiyle tam olarak aynı
    biçimde koyun; sıraları değişebilir.
explain-P002 =
    P002 inline-tag-mismatch (varsayılan önem derecesi: hata)

    Ne yapar: bir birimin satır içi kodlarını (XLIFF ph, g, pc ve x öğeleri;
    TMX ph, bpt ve ept öğeleri) kimliklerine göre, satır içi kodu olmayan bir
    birimde ise metnin içine yazılmış işaretleme etiketlerini (<b>, </a>, <br/>)
    adlarına göre karşılaştırır.

    Neden: satır içi kodlar biçimlendirme ve bağlantı taşır; kaybolan bir kod
    hedef belgenin düzenini ya da işaretlemesini bozar.

    Örnek: kaynakta kimliği 1 olan kalın bir bölüm var, çeviride yok.

    Düzeltme: kaynağın tüm satır içi kodlarını çeviride, karşılık gelen
    sözcüklerin çevresinde koruyun.
explain-Q001 =
    Q001 unpaired-quote (varsayılan önem derecesi: uyarı)

    Ne yapar: her dilin tırnak işaretlerini (“…”, ‘…’, «…», „…“, 「…」, 『…』,
    düz çift tırnak) bilerek ve kesme işaretini (Japonya’nın) tek tırnaktan
    ayırarak çeviride eşi olmayan tırnak işaretlerini arar. Yalnızca kaynaktaki
    tırnaklar eşliyse bildirir.

    Neden: kapanmamış bir tırnak, okurun alıntının nerede bittiğini anlamasını engeller.

    Örnek: “Press “Save”.” cümlesinin çevirisi “Kaydet düğmesine basın. biçiminde: açılan tırnak kapanmamış.

    Düzeltme: alıntıyı hedef dilin tırnak işaretleriyle kapatın.
explain-Q002 =
    Q002 unpaired-bracket (varsayılan önem derecesi: uyarı)

    Ne yapar: kaynaktaki parantezler eşliyken çeviride eşi olmayan normal, köşeli
    ve süslü parantezleri (tam genişlikli olanlar dahil) arar. “1)” gibi liste
    imleri parantez sayılmaz.

    Neden: kapanmamış bir parantez yazım hatasıdır ve işaretlemeyi ya da yer
    tutucuları da bozabilir.

    Örnek: “Open the file (read-only).” cümlesi “Dosyayı aç (salt okunur.” diye çevrilmiş.

    Düzeltme: eksik parantezi ekleyin ya da fazlasını silin.
explain-Q003 =
    Q003 double-space (varsayılan önem derecesi: uyarı)

    Ne yapar: kaynakta olmadığı hâlde çeviride sözcükler arasında iki ya da daha
    fazla boşluk olan yerleri bildirir. Satır sonundan sonraki girinti ve
    boşluksuz yazılan Japonca denetlenmez.

    Neden: çift boşluk bir yazım hatasıdır ve arayüzde özensiz görünür.

    Örnek: “Toplantı  Moskova'da yapıldı.”

    Düzeltme: boşlukları tek boşlukla değiştirin.
explain-Q004 =
    Q004 repeated-word (varsayılan önem derecesi: uyarı)

    Ne yapar: çeviride art arda iki kez yazılmış bir sözcüğü (“kaydet kaydet”,
    “the the”) bildirir; o dilde meşru olan yinelemeler hariç: İngilizcede “had
    had”, Rusçada “так так”, Türkçede “yavaş yavaş” gibi ikilemeler, Japoncada
    人々 ya da どんどん gibi sözcükler. Kaynakta da bulunan bir yineleme bildirilmez.

    Neden: yanlışlıkla yinelenen sözcük, yazım denetleyicilerinin çoğu zaman
    kaçırdığı bir hatadır.

    Örnek: “Dosyayı kaydet kaydet.”

    Düzeltme: ikinci geçişi silin.
explain-Q005 =
    Q005 end-punctuation (varsayılan önem derecesi: uyarı)

    Ne yapar: kaynağın ve çevirinin son noktalama işaretini türüne göre
    karşılaştırır: soru işareti, ünlem, nokta, iki nokta ya da üç nokta; tam
    genişlikli biçimler (？ ！ 。 ．) eşdeğer sayılır. Japonca bir çeviri, sonunda
    noktalama olmayan bir kaynağa 。 ekleyebilir ve kısa bir dizgide onu atabilir.

    Neden: soru işaretini yitiren bir soru düz cümle gibi okunur; iki noktası
    eksik bir etiket, ardından gelen değerle birlikte bozulur.

    Örnek: “Save changes before closing?” cümlesi “Kapatmadan önce değişiklikleri kaydet” diye çevrilmiş.

    Düzeltme: çeviriyi kaynağa karşılık gelen noktalama işaretiyle bitirin.
explain-Q006 =
    Q006 edge-whitespace (varsayılan önem derecesi: uyarı)

    Ne yapar: kaynağın ve çevirinin başındaki ve sonundaki boşlukları karşılaştırır.

    Neden: programlar dizgileri sık sık birleştirir; sondaki boşluğun kaybolması
    iki sözcüğü birbirine yapıştırır, fazladan bir boşluk ise aralık bırakır.

    Örnek: kaynak “Total: ” boşlukla bitiyor, çeviri “Toplam:” ise bitmiyor.

    Düzeltme: kaynağın baştaki ve sondaki boşluklarını aynen aktarın.
explain-U001 =
    U001 empty-target (varsayılan önem derecesi: uyarı)

    Ne yapar: çevirisi boş olan birimi bildirir. İşaretleri henüz çevrilmediğini
    söyleyen birimler (fuzzy, new, needs-translation) atlanır.

    Neden: boş bir çeviri hiçbir şey göstermez ya da yerine kaynak dil çıkar.

    Örnek: ileti kimliği olan ama çeviri dizgisi boş bir PO kaydı.

    Düzeltme: birimi çevirin ya da henüz çevrilmedi olarak işaretleyin.
explain-U002 =
    U002 target-same-as-source (varsayılan önem derecesi: uyarı)

    Ne yapar: kaynağıyla aynı olan çeviriyi bildirir. Tek sözcükler, adlar,
    kısaltmalar, kodlar, sayılar ve OK ya da URL gibi sözcükler bildirilmez.

    Neden: kopyalanmış bir kaynak, genellikle çevrilmesi unutulmuş bir dizgidir.

    Örnek: Türkçe bir dosyada “Save changes before closing?” İngilizce kalmış.

    Düzeltme: metni çevirin; olduğu gibi kalması gerekiyorsa birime
    glossa-ignore: U002 notunu ekleyin.
explain-U003 =
    U003 length-ratio (varsayılan önem derecesi: bilgi)

    Ne yapar: denetlenen dosyalardan her dil çifti için çevirinin kaynağa olağan
    uzunluk oranını (logaritmanın ortancası ve ortanca mutlak sapması) öğrenir ve
    bunun çok dışında kalan birimleri bildirir. Yalnızca 20 karakterden uzun
    kaynaklar hesaba katılır.

    Neden: olağandan çok kısa bir çeviri bir cümleciği yitirmiş, çok uzun bir
    çeviri ise fazladan metin ya da iki ayrı sürüm içeriyor olabilir.

    Örnek: 40 karakterlik bir İngilizce cümle tek bir Rusça sözcükle çevrilmiş.

    Düzeltme: birimi kaynağıyla karşılaştırın; eksiğini tamamlayın ya da kısaltın.
explain-C001 =
    C001 inconsistent-target (varsayılan önem derecesi: uyarı)

    Ne yapar: tüm projede, büyük-küçük harf ve boşluklar göz ardı edildiğinde aynı
    olan ama farklı çevrilmiş kaynakları bulur ve en sık kullanılan dışındaki her
    çeviriyi bildirir.

    Neden: aynı arayüz metninin iki farklı çevirisi kullanıcıların kafasını
    karıştırır ve belgeleri yanlış kılar.

    Örnek: “Settings” bir dosyada “Ayarlar”, başka bir dosyada “Tercihler” diye çevrilmiş.

    Düzeltme: her yerde tek bir çeviri, genellikle etikette gösterilen en sık
    kullanılanı kullanın.
explain-C002 =
    C002 inconsistent-source (varsayılan önem derecesi: bilgi)

    Ne yapar: tüm projede farklı kaynaklar için kullanılmış tek bir çeviriyi
    bulur ve kaynağı en sık olandan farklı olan her birimi bildirir.

    Neden: iki farklı kaynak metin genellikle iki farklı şey anlatır; ikisine
    tek çeviri bir kopyala-yapıştır hatası ya da kaybolan bir ayrım olabilir.

    Örnek: “Delete the file” ve “Remove the file” ikisi de “Dosyayı sil” diye çevrilmiş.

    Düzeltme: ayrımın önemsiz olduğundan emin olun; değilse kaynakları farklı çevirin.
explain-M001 =
    M001 missing-message (varsayılan önem derecesi: uyarı)

    Ne yapar: bir yerel ayar kataloğunun (Fluent, JSON) ileti kimliklerini kaynak
    kataloğunkilerle karşılaştırır ve yerel ayarda eksik olanları bildirir.

    Neden: eksik bir ileti, çalışan programda kaynak dildeki metinle ya da
    kimliğin kendisiyle değiştirilir.

    Örnek: İngilizce katalogda save-dialog var, Türkçe katalogda yok.

    Düzeltme: iletiyi yerel ayar kataloğuna ekleyin.
explain-M002 =
    M002 obsolete-message (varsayılan önem derecesi: bilgi)

    Ne yapar: kaynak katalogda artık bulunmayan, yerel ayar kataloğundaki ileti
    kimliklerini bildirir.

    Neden: eskimiş iletiler gereksiz yüktür ve yeni adı eksik olan, yeniden
    adlandırılmış bir kimliği gizleyebilir.

    Örnek: İngilizce katalogdan silinen old-greeting, Türkçe katalogda hâlâ duruyor.

    Düzeltme: iletiyi silin ya da kaynak katalogda şimdi kullanılan kimliğe
    yeniden adlandırın.
