# Compile settings every Keyward target shares (the house style's one INTERFACE target).
add_library(keyward_common_cfg INTERFACE)
target_compile_features(keyward_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(keyward_common_cfg INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  SQLITE_HAS_CODEC
  KEYWARD_VERSION="${PROJECT_VERSION}")
target_compile_options(keyward_common_cfg INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(KEYWARD_WERROR)
  target_compile_options(keyward_common_cfg INTERFACE -Werror)
endif()
if(KEYWARD_SANITIZE)
  target_compile_options(keyward_common_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
  target_link_options(keyward_common_cfg INTERFACE -fsanitize=address,undefined)
endif()
