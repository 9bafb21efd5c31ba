# factcheck_target_warnings(<target>): the project's warning policy, applied to its own
# targets only (never to generated code or third-party headers).
function(factcheck_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                           -Wnon-virtual-dtor -Wconversion -Wno-sign-conversion)
  if(FACTCHECK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
